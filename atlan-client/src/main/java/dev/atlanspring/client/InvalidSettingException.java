package dev.atlanspring.client;

/**
 * Thrown when an {@link AtlanClient} is built with a setting it cannot work with. It names the setting, the
 * problem and the fix, so that a wrapper (such as the Spring Boot auto-configuration) can point at the exact
 * property; it never holds a secret value.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private final ClientSetting setting;

    private final String problem;

    private final String fix;

    /**
     * Creates the exception.
     * @param setting the setting that is wrong
     * @param problem what is wrong with it, in one sentence that does not hold a secret
     * @param fix what to do about it, in one sentence
     */
    public InvalidSettingException(ClientSetting setting, String problem, String fix) {
        super(problem + " " + fix);
        this.setting = setting;
        this.problem = problem;
        this.fix = fix;
    }

    /**
     * Returns the setting that is wrong.
     * @return the setting
     */
    public ClientSetting getSetting() {
        return this.setting;
    }

    /**
     * Returns what is wrong, without the fix.
     * @return the problem
     */
    public String getProblem() {
        return this.problem;
    }

    /**
     * Returns what to do about it.
     * @return the fix
     */
    public String getFix() {
        return this.fix;
    }

}
