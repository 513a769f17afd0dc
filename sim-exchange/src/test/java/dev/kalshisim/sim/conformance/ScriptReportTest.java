package dev.kalshisim.sim.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading conformance.mjs's output. */
class ScriptReportTest {

    @Test
    void readsChecksAndSummaryAndIgnoresOtherLines() {
        ScriptReport report = ScriptReport.parse("""
                npm warn Unknown user config "nodedir".
                {"check":"exchange_status","status":"pass","ms":12,"detail":"exchange_active=true"}
                {not json
                {"check":"settlement","status":"fail","ms":40,"error":"market result: expected \\"yes\\", got \\"\\""}
                {"summary":{"passed":1,"failed":1}}
                """);

        assertThat(report.summaryPrinted()).isTrue();
        assertThat(report.checks().keySet()).containsExactly("exchange_status", "settlement");
        assertThat(report.check("exchange_status")).hasValue(
                new ScriptReport.Check("exchange_status", true, 12, "exchange_active=true"));
        assertThat(report.check("settlement")).hasValue(
                new ScriptReport.Check("settlement", false, 40, "market result: expected \"yes\", got \"\""));
    }

    @Test
    void aScriptThatDiedEarlyHasNoSummary() {
        ScriptReport report = ScriptReport.parse("""
                {"check":"exchange_status","status":"pass","ms":12,"detail":""}
                file:///tmp/sdk-conformance/conformance.mjs:1
                SyntaxError: Unexpected token
                """);

        assertThat(report.summaryPrinted()).isFalse();
        assertThat(report.check("get_markets")).isEmpty();
    }
}
