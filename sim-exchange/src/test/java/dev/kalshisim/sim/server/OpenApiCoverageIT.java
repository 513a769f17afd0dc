package dev.kalshisim.sim.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.sim.engine.retention.LiveWindow;
import dev.kalshisim.sim.history.HistoryConfig;
import dev.kalshisim.sim.server.CoverageVerdicts.Outcome;
import dev.kalshisim.sim.server.SpecOperations.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The spec walk (issue 14): every operation of the project's copy of Kalshi's OpenAPI answers a
 * plausible signed call with a 2xx that validates against the operation's schema, or is listed in
 * docs/fidelity.md under "Operations not simulated" with its reason, and never both. The table is
 * read from the markdown, so the document and this test cannot drift.
 *
 * <p>Prints one line per operation and the coverage figure; fails with one line per failing one.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OpenApiCoverageIT {

    private SimHarness sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void everyOperationOfTheSpecIsServedOrListed() {
        sim = new SimHarness(ServerConfig.defaults().withLegacyOrderWrites(true).withHistory(HistoryConfig.defaults()
                .withLive(LiveWindow.defaults().withWindow(Duration.ofMinutes(10)))));
        ConformanceScenario scenario = new ConformanceScenario(sim);
        CoverageWalk walk = new CoverageWalk(sim, scenario);
        Map<String, String> listed = NotSimulatedList.read();
        OpenApiCheck spec = new OpenApiCheck();

        List<Outcome> outcomes = new ArrayList<>();
        for (SpecOperation operation : CoverageWalk.inWalkingOrder(SpecOperations.read())) {
            outcomes.add(walkOne(walk, spec, operation));
        }
        CoverageVerdicts.Verdict verdict = CoverageVerdicts.judge(outcomes, listed);

        outcomes.forEach(outcome -> System.out.println("[spec walk] " + describe(outcome, listed)));
        System.out.println("[spec walk] " + verdict.coverage());
        assertThat(walk.setupProblems()).as("seeding the walk").isEmpty();
        assertThat(verdict.failures()).as("operations neither served well nor listed (" + verdict.coverage() + ")")
                .isEmpty();
        assertThat(sim.violations()).isEmpty();
    }

    private static Outcome walkOne(CoverageWalk walk, OpenApiCheck spec, SpecOperation operation) {
        if (!walk.serves(operation)) {
            return Outcome.notServed(operation.route());
        }
        ConformanceScenario.Sample sample = walk.sample(operation);
        Reply reply = walk.send(sample);
        List<String> problems = reply.status() >= 400 ? List.of()
                : spec.problems(sample.method(), sample.path(), sample.body(), reply).stream()
                        .filter(problem -> OpenApiConformanceIT.ALLOWED.stream()
                                .noneMatch(allowed -> allowed.covers(operation.route(), problem)))
                        .toList();
        String detail = reply.status() >= 300 || !problems.isEmpty()
                ? sample.method() + " " + sample.path() + " -> " + abbreviate(reply.body()) : "";
        return new Outcome(operation.route(), true, reply.status(), problems, detail);
    }

    private static String describe(Outcome outcome, Map<String, String> listed) {
        if (!outcome.served()) {
            return outcome.route() + ": not served" + (listed.containsKey(outcome.route())
                    ? " (listed: " + listed.get(outcome.route()) + ")" : " and NOT LISTED");
        }
        return outcome.route() + ": " + outcome.status() + (outcome.answeredWell() ? " valid" : " FAILED");
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
