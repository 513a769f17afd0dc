package dev.kalshisim.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep written by hand: eight copies of {@link ConstructedResult}, grid spread x size, each
 * with its own P&amp;L (the summary's, and the last cash balance so each equity curve ends apart),
 * every run's report written, and a {@code sweep.json} in the shape the sweep writes.
 */
final class ConstructedSweep {

    static final List<String> SPREADS = List.of("0.02", "0.04", "0.06", "0.08");
    static final List<String> SIZES = List.of("1", "2");
    /** P&amp;L of run-001..run-008: run-002 and run-005 tie (run order decides). */
    static final List<String> PNL = List.of("0.1000", "0.3000", "-0.2000", "0.5000", "0.3000", "1.2500", "0.0000",
            "-0.0500");
    /** Best first: P&amp;L high to low, ties by run order. */
    static final List<String> RANKED = List.of("run-006", "run-004", "run-002", "run-005", "run-001", "run-007",
            "run-008", "run-003");

    private ConstructedSweep() {
    }

    static SweepSetup setup() {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        grid.put("spread", SPREADS);
        grid.put("size", SIZES);
        return new SweepSetup("sample:constructed", "hand-made", Map.of("ticker", ConstructedResult.TICKER), grid, 7);
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int index = 0;
        for (String spread : SPREADS) {
            for (String size : SIZES) {
                String pnl = PNL.get(index);
                Path run = ConstructedResult.write(dir.resolve(String.format("run-%03d", ++index)));
                Path summary = run.resolve("summary.json");
                Files.writeString(summary, Files.readString(summary)
                        .replace("\"params\" : { \"spread\" : \"0.04\" }", "\"params\" : { \"size\" : \"" + size
                                + "\", \"spread\" : \"" + spread + "\", \"ticker\" : \"" + ConstructedResult.TICKER
                                + "\" }")
                        .replace("\"pnl\" : \"0.1000\"", "\"pnl\" : \"" + pnl + "\""));
                Path cash = run.resolve("cash.jsonl");
                String last = dev.kalshisim.core.model.Money.parse("100.0000")
                        .plus(dev.kalshisim.core.model.Money.parse(pnl)).toString();
                Files.writeString(cash, Files.readString(cash).replace("\"100.1000\"", "\"" + last + "\""));
                Report.write(run);
            }
        }
        Files.writeString(dir.resolve(SweepSetup.SWEEP_JSON), """
                {
                  "format" : "kalshi-sim sweep result 1",
                  "data" : "sample:constructed",
                  "strategy" : "hand-made",
                  "fixed_params" : { "ticker" : "%s" },
                  "grid" : { "spread" : [ "0.02", "0.04", "0.06", "0.08" ], "size" : [ "1", "2" ] },
                  "seed" : 7,
                  "runs" : [ ],
                  "best" : "run-006"
                }
                """.formatted(ConstructedResult.TICKER));
        return dir;
    }
}
