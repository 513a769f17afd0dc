package dev.kalshisim.sim.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec walk's judgement: each operation must be served with a schema-valid answer to a
 * plausible call, or be listed as not simulated, and never both. A listed operation that is not
 * in the spec fails too, so the list cannot keep rows for operations that no longer exist.
 */
final class CoverageVerdicts {

    /**
     * What happened to one operation.
     *
     * @param served whether the server has a route for it
     * @param status the answer's status, or 0 when no call was made
     * @param problems the spec's complaints about the answer (empty when it conforms)
     */
    record Outcome(String route, boolean served, int status, List<String> problems, String detail) {

        static Outcome notServed(String route) {
            return new Outcome(route, false, 0, List.of(), "");
        }

        boolean answeredWell() {
            return served && status >= 200 && status < 300 && problems.isEmpty();
        }
    }

    /** The verdict over all operations: one line per failing operation, and the coverage figure. */
    record Verdict(List<String> failures, int served, int total, int listed) {
        String coverage() {
            return "served " + served + " of " + total + " operations (" + listed + " listed as not simulated)";
        }
    }

    private CoverageVerdicts() {
    }

    static Verdict judge(List<Outcome> outcomes, Map<String, String> listed) {
        List<String> failures = new ArrayList<>();
        Set<String> inSpec = new LinkedHashSet<>();
        int servedWell = 0;
        for (Outcome outcome : outcomes) {
            inSpec.add(outcome.route());
            boolean isListed = listed.containsKey(outcome.route());
            if (outcome.served() && isListed) {
                failures.add(outcome.route() + ": served, but listed as not simulated (" + listed.get(outcome.route())
                        + "): delete its row from docs/fidelity.md");
            } else if (outcome.served() && !outcome.answeredWell()) {
                failures.add(outcome.route() + ": served but answered " + outcome.status()
                        + (outcome.problems().isEmpty() ? "" : " breaking the spec: " + String.join("; ", outcome.problems()))
                        + (outcome.detail().isEmpty() ? "" : " -- " + outcome.detail()));
            } else if (!outcome.served() && !isListed) {
                failures.add(outcome.route() + ": neither served nor listed under \"" + NotSimulatedList.HEADING
                        + "\" in docs/fidelity.md");
            }
            if (outcome.answeredWell() && !isListed) {
                servedWell++;
            }
        }
        for (String route : listed.keySet()) {
            if (!inSpec.contains(route)) {
                failures.add(route + ": listed as not simulated but not an operation of the spec");
            }
        }
        return new Verdict(failures, servedWell, outcomes.size(), listed.size());
    }
}
