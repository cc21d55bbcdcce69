package dev.atlanspring.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.atlanspring.client.error.AtlanException;

/**
 * How the soak's calls ended: with a result, with a typed {@link AtlanException} (counted by class), or lost (any
 * other exception, or no result at all). A call that never ends is counted by the watchdog, not here. Thread-safe.
 */
final class SoakTally {

    private final LongAdder results = new LongAdder();

    private final LongAdder lost = new LongAdder();

    private final Map<String, LongAdder> typedFailures = new ConcurrentHashMap<>();

    private final Map<String, LongAdder> lostBy = new ConcurrentHashMap<>();

    void result(Object value) {
        if (value != null) {
            this.results.increment();
        }
        else {
            lost("no result");
        }
    }

    void failure(Throwable failure) {
        if (failure instanceof AtlanException atlan) {
            this.typedFailures.computeIfAbsent(atlan.getClass().getSimpleName(), (name) -> new LongAdder())
                .increment();
        }
        else {
            lost(failure.getClass().getName() + ": " + failure.getMessage());
        }
    }

    private void lost(String why) {
        this.lost.increment();
        if (this.lostBy.size() < 20) {
            this.lostBy.computeIfAbsent(why, (key) -> new LongAdder()).increment();
        }
    }

    long results() {
        return this.results.sum();
    }

    long typed() {
        return this.typedFailures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    long lost() {
        return this.lost.sum();
    }

    /** The typed failures by exception class, for the report. */
    Map<String, Long> typedByClass() {
        Map<String, Long> counts = new TreeMap<>();
        this.typedFailures.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    /** Why calls were lost, for the report; empty when none was. */
    Map<String, Long> lostByReason() {
        Map<String, Long> counts = new TreeMap<>();
        this.lostBy.forEach((why, count) -> counts.put(why, count.sum()));
        return counts;
    }

}
