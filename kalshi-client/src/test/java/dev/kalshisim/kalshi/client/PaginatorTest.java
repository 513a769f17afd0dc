package dev.kalshisim.kalshi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    private final List<String> requestedCursors = new ArrayList<>();

    private Paginator<Integer> over(Map<String, Page<Integer>> pagesByCursor) {
        return new Paginator<>(cursor -> {
            requestedCursors.add(cursor);
            return pagesByCursor.get(cursor == null ? "" : cursor);
        });
    }

    @Test
    void iteratesEveryItemOfEveryPageInOrder() {
        Paginator<Integer> paginator = over(Map.of(
                "", new Page<>(List.of(1, 2), "c1"),
                "c1", new Page<>(List.of(), "c2"),
                "c2", new Page<>(List.of(3), "")));

        assertThat(paginator.stream().toList()).containsExactly(1, 2, 3);
        assertThat(requestedCursors).containsExactly(null, "c1", "c2");
    }

    @Test
    void fetchesPagesOnlyAsTheyAreConsumed() {
        Paginator<Integer> paginator = over(Map.of(
                "", new Page<>(List.of(1, 2), "c1"),
                "c1", new Page<>(List.of(3, 4), "c2")));

        Iterator<Integer> items = paginator.iterator();
        assertThat(requestedCursors).isEmpty();
        assertThat(items.next()).isEqualTo(1);
        assertThat(items.next()).isEqualTo(2);
        assertThat(requestedCursors).containsExactly((String) null);
        assertThat(paginator.stream().limit(1).toList()).containsExactly(1);
        assertThat(requestedCursors).containsExactly(null, null);
    }

    @Test
    void stopsOnARepeatedCursorInsteadOfLoopingForever() {
        Paginator<Integer> paginator = over(Map.of(
                "", new Page<>(List.of(1), "same"),
                "same", new Page<>(List.of(2), "same")));

        assertThatThrownBy(() -> paginator.stream().toList())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned the cursor it was given (same)");
    }

    @Test
    void aNullCursorEndsTheList() {
        Paginator<Integer> paginator = over(Map.of("", new Page<>(List.of(5), null)));
        assertThat(paginator).containsExactly(5);
    }
}
