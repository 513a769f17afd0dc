package dev.kalshisim.sim.backtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The recording's markets by ticker and by the replay log's index, both ways. */
final class MarketIndex {

    private final List<String> tickers;
    private final Map<String, Integer> indexes = new HashMap<>();

    MarketIndex(List<String> tickers) {
        this.tickers = List.copyOf(tickers);
        for (int i = 0; i < this.tickers.size(); i++) {
            indexes.put(this.tickers.get(i), i);
        }
    }

    /** The market's index, or -1 when the recording has no such market. */
    int indexOf(String ticker) {
        Integer index = indexes.get(ticker);
        return index == null ? -1 : index;
    }

    String ticker(int index) {
        return tickers.get(index);
    }

    int size() {
        return tickers.size();
    }

    List<String> tickers() {
        return tickers;
    }
}
