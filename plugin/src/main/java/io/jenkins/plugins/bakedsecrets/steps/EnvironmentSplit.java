package io.jenkins.plugins.bakedsecrets.steps;

import hudson.model.ParameterValue;
import hudson.model.ParametersAction;
import hudson.model.Run;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits a build environment into the variables to scan and those Jenkins already manages as secrets: variables bound
 * from credentials (named by the step context or the freestyle build) and sensitive parameters such as passwords.
 * Managed values are expected to be secret, so reporting them would only be noise; they are counted instead.
 *
 * @param scanned the variables to scan, by name
 * @param managed how many variables were left out
 */
record EnvironmentSplit(Map<String, String> scanned, int managed) {
    EnvironmentSplit {
        scanned = Map.copyOf(scanned);
    }

    /** Splits {@code environment} of {@code run} given the names Jenkins reports as sensitive. */
    static EnvironmentSplit of(Map<String, String> environment, Set<String> sensitive, Run<?, ?> run) {
        Set<String> managedNames = new HashSet<>(sensitive);
        ParametersAction parameters = run.getAction(ParametersAction.class);
        if (parameters != null) {
            for (ParameterValue p : parameters.getParameters()) {
                if (p.isSensitive()) {
                    managedNames.add(p.getName());
                }
            }
        }
        Map<String, String> scanned = new TreeMap<>();
        int managed = 0;
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                continue;
            }
            if (managedNames.contains(e.getKey())) {
                managed++;
            } else {
                scanned.put(e.getKey(), e.getValue());
            }
        }
        return new EnvironmentSplit(scanned, managed);
    }

    @Override
    public String toString() {
        return "EnvironmentSplit[" + scanned.size() + " scanned, " + managed + " managed]";
    }
}
