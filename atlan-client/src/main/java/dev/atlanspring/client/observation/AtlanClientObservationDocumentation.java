package dev.atlanspring.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the Atlan client makes, with their key names.
 */
public enum AtlanClientObservationDocumentation implements ObservationDocumentation {

    /**
     * One logical call to Atlan, from the first attempt to the result or the last failure, retries and their waits
     * included. Each attempt is also observed by the {@code WebClient} (as {@code http.client.requests}), as a
     * child of this one.
     */
    ATLAN_CLIENT_REQUESTS {

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultAtlanClientObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return LowCardinalityKeyNames.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return HighCardinalityKeyNames.values();
        }

    };

    /**
     * Keys with few values, used as metric tags.
     */
    public enum LowCardinalityKeyNames implements KeyName {

        /** The tenant's name, such as {@code default} or {@code emea}. */
        TENANT {
            @Override
            public String asString() {
                return "atlan.tenant";
            }
        },

        /** The operation's name, such as {@code assets.get}. */
        OPERATION {
            @Override
            public String asString() {
                return "atlan.operation";
            }
        },

        /**
         * {@code SUCCESS} when the call returned its result; otherwise {@code CLIENT_ERROR}, {@code SERVER_ERROR} or
         * {@code REDIRECTION} after the last answer's status, or {@code UNKNOWN} when no usable answer arrived.
         */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        },

        /** The HTTP status of the last answer, such as {@code 200}, or {@code NONE} when no answer arrived. */
        STATUS {
            @Override
            public String asString() {
                return "status";
            }
        },

        /**
         * The simple name of the exception the call failed with, such as {@code NotFoundException}, or
         * {@code none}.
         */
        EXCEPTION {
            @Override
            public String asString() {
                return "exception";
            }
        }

    }

    /**
     * Keys with many values, for traces only.
     */
    public enum HighCardinalityKeyNames implements KeyName {

        /** The {@code X-Atlan-Request-Id} every attempt of the call carried: give it to Atlan support. */
        REQUEST_ID {
            @Override
            public String asString() {
                return "atlan.request.id";
            }
        },

        /** How many attempts the call took, retries included. */
        ATTEMPTS {
            @Override
            public String asString() {
                return "atlan.attempts";
            }
        }

    }

}
