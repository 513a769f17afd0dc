package dev.kalshisim.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TierTableTest {

    private final TierTable table = TierTable.defaults();

    @Test
    void defaultsEqualThePublishedTableForAllSevenTiers() {
        assertTier(Tier.BASIC, 200, 400, 100, 100);
        assertTier(Tier.ADVANCED, 300, 600, 300, 600);
        assertTier(Tier.EXPERT, 600, 600, 600, 1200);
        assertTier(Tier.PREMIER, 1000, 1000, 1000, 2000);
        assertTier(Tier.PARAGON, 2000, 2000, 2000, 4000);
        assertTier(Tier.PRIME, 4000, 4000, 4000, 8000);
        assertTier(Tier.PRESTIGE, 10000, 10000, 8000, 16000);
        assertThat(table.asMap()).hasSize(7);
    }

    @Test
    void tiersUseLowerCaseWireNames() {
        assertThat(Tier.values()).extracting(Tier::wire)
                .containsExactly("basic", "advanced", "expert", "premier", "paragon", "prime", "prestige");
        assertThat(Tier.fromWire("paragon")).isEqualTo(Tier.PARAGON);
        assertThatThrownBy(() -> Tier.fromWire("Basic")).hasMessageContaining("\"Basic\"").hasMessageContaining("\"basic\"");
    }

    @Test
    void jsonRoundTripsToAnEqualTable() {
        String json = table.toJson();

        assertThat(TierTable.fromJson(json)).isEqualTo(table);
        assertThat(json).contains("\"refill_rate\"").contains("\"bucket_capacity\"").contains("\"prestige\"");
    }

    @Test
    void customTableLoadsFromStreamAndFile(@TempDir Path dir) throws Exception {
        String json = table.toJson().replace("\"refill_rate\" : 200", "\"refill_rate\" : 250");
        Path file = dir.resolve("tiers.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        TierTable fromFile = TierTable.fromJson(file);
        TierTable fromStream = TierTable.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromFile.limit(Tier.BASIC, BucketKind.READ)).isEqualTo(new BucketLimit(250, 400));
        assertThat(fromStream).isEqualTo(fromFile);
    }

    @Test
    void missingTierIsRejected() {
        String json = "{\"tiers\":{\"basic\":{\"read\":{\"refill_rate\":1,\"bucket_capacity\":1},"
                + "\"write\":{\"refill_rate\":1,\"bucket_capacity\":1}}}}";

        assertThatThrownBy(() -> TierTable.fromJson(json)).hasMessageContaining("no limits for tier advanced");
    }

    @Test
    void unknownTierIsRejected() {
        String json = table.toJson().replace("\"prime\"", "\"platinum\"");

        assertThatThrownBy(() -> TierTable.fromJson(json)).hasMessageContaining("\"platinum\"");
    }

    @Test
    void badValuesNameTheirPlace() {
        String fractional = table.toJson().replace("\"bucket_capacity\" : 16000", "\"bucket_capacity\" : 16000.5");
        String negative = table.toJson().replace("\"refill_rate\" : 8000", "\"refill_rate\" : -8000");

        assertThatThrownBy(() -> TierTable.fromJson(fractional))
                .hasMessageContaining("tiers.prestige.write.bucket_capacity must be a whole number");
        assertThatThrownBy(() -> TierTable.fromJson(negative))
                .hasMessageContaining("tiers.prestige.write")
                .hasMessageContaining("-8000");
        assertThatThrownBy(() -> TierTable.fromJson("{\"tiers\": [")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> TierTable.fromJson("{}")).hasMessageContaining("tier table.tiers must be a JSON object");
    }

    private void assertTier(Tier tier, long readRate, long readCapacity, long writeRate, long writeCapacity) {
        assertThat(table.limits(tier)).isEqualTo(new TierLimits(
                new BucketLimit(readRate, readCapacity), new BucketLimit(writeRate, writeCapacity)));
        assertThat(table.limit(tier, BucketKind.READ).refillRate()).isEqualTo(readRate);
        assertThat(table.limit(tier, BucketKind.WRITE).bucketCapacity()).isEqualTo(writeCapacity);
    }
}
