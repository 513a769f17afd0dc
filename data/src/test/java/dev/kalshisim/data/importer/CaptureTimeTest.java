package dev.kalshisim.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The times published files write: ISO text in its variants, epoch numbers by name or by size. */
class CaptureTimeTest {

    private static final long AT = 1_768_229_780_897_212_000L; // 2026-01-12T14:56:20.897212Z

    @Test
    void isoTextWithOrWithoutAZone() {
        assertThat(CaptureTime.parse("2026-01-12T14:56:20.897212Z", "created_time")).isEqualTo(AT);
        assertThat(CaptureTime.parse("2026-01-12 14:56:20.897212", "created_time")).isEqualTo(AT);
        assertThat(CaptureTime.parse("2026-01-12T15:56:20.897212+01:00", "ts")).isEqualTo(AT);
        assertThat(CaptureTime.parse("2026-01-12 14:56:20.897212+00", "ts")).isEqualTo(AT);
    }

    @Test
    void epochNumbersInTheUnitTheirNameSaysOrElseTheirSize() {
        assertThat(CaptureTime.parse("1768229780897212000", "recv_ts_ns")).isEqualTo(AT);
        assertThat(CaptureTime.parse("1768229780897212", "recv_us")).isEqualTo(AT);
        assertThat(CaptureTime.parse("1768229780897", "received_ms")).isEqualTo(AT - 212_000L);
        assertThat(CaptureTime.parse("1768229780.897212", "timestamp")).isEqualTo(AT);
        assertThat(CaptureTime.parse("1768229780897", "timestamp")).isEqualTo(AT - 212_000L);
        assertThat(CaptureTime.parse("1768229780897212000", "timestamp")).isEqualTo(AT);
        // A name's unit wins over the size: 5 ns is 5 ns.
        assertThat(CaptureTime.parse("5", "recv_ns")).isEqualTo(5L);
    }

    @Test
    void anythingElseIsRefusedByName() {
        assertThatThrownBy(() -> CaptureTime.parse("2026-01-12", "created_time")).hasMessage("not a time: '2026-01-12'");
        assertThatThrownBy(() -> CaptureTime.parse("soon", "ts")).hasMessage("not a time: 'soon'");
    }
}
