package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kalshisim.sim.server.CoverageVerdicts.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec walk's judgement and its reading of the not-simulated table, without a server. */
class CoverageVerdictsTest {

    private static Outcome good(String route) {
        return new Outcome(route, true, 200, List.of(), "");
    }

    @Test
    void servedWellOrListedPasses() {
        CoverageVerdicts.Verdict verdict = CoverageVerdicts.judge(
                List.of(good("GET /a"), Outcome.notServed("GET /b")), Map.of("GET /b", "no such thing here"));

        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.coverage()).isEqualTo("served 1 of 2 operations (1 listed as not simulated)");
    }

    @Test
    void anOperationNeitherServedNorListedFails() {
        CoverageVerdicts.Verdict verdict = CoverageVerdicts.judge(List.of(Outcome.notServed("GET /b")), Map.of());

        assertThat(verdict.failures()).singleElement().asString().startsWith("GET /b: neither served nor listed");
    }

    @Test
    void aListedOperationThatIsServedFailsSoTheListStaysHonest() {
        CoverageVerdicts.Verdict verdict = CoverageVerdicts.judge(List.of(good("GET /a")), Map.of("GET /a", "later"));

        assertThat(verdict.failures()).singleElement().asString().contains("served, but listed as not simulated");
    }

    @Test
    void aServedOperationAnsweringBadlyFailsWithItsStatusAndProblems() {
        CoverageVerdicts.Verdict verdict = CoverageVerdicts.judge(List.of(
                new Outcome("GET /a", true, 200, List.of("missing field x"), "GET /a -> {}"),
                new Outcome("GET /c", true, 404, List.of(), "GET /c -> not found")), Map.of());

        assertThat(verdict.failures()).containsExactly(
                "GET /a: served but answered 200 breaking the spec: missing field x -- GET /a -> {}",
                "GET /c: served but answered 404 -- GET /c -> not found");
        assertThat(verdict.served()).isZero();
    }

    @Test
    void aListedRowForNoOperationOfTheSpecFails() {
        CoverageVerdicts.Verdict verdict = CoverageVerdicts.judge(List.of(good("GET /a")), Map.of("GET /gone", "old"));

        assertThat(verdict.failures()).containsExactly("GET /gone: listed as not simulated but not an operation of the spec");
    }

    @Test
    void theTableIsReadFromItsSectionIncludingSubHeadings() {
        Map<String, String> listed = NotSimulatedList.parse(List.of(
                "## Elsewhere",
                "| `GET /before` | not in the section |",
                "### Operations not simulated",
                "| operation | reason |",
                "|---|---|",
                "| `GET /fcm/x` | needs a clearing member |",
                "#### Being built",
                "| `PUT /a/{id}/b` | being built in issue 14 (order groups) |",
                "### Next section",
                "| `GET /after` | not in the section |"));

        assertThat(listed).containsExactly(Map.entry("GET /fcm/x", "needs a clearing member"),
                Map.entry("PUT /a/{id}/b", "being built in issue 14 (order groups)"));
    }

    @Test
    void aDocumentWithoutTheSectionOrWithATwiceListedRowIsRefused() {
        assertThatThrownBy(() -> NotSimulatedList.parse(List.of("# Fidelity"))).hasMessageContaining("no heading");
        assertThatThrownBy(() -> NotSimulatedList.parse(List.of("## Operations not simulated",
                "| `GET /a` | x |", "| `GET /a` | y |"))).hasMessageContaining("listed twice");
    }
}
