package dev.kalshisim.sim.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.sim.engine.config.EngineLimits;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the {@code engine_limits} object of a server config file, every key optional:
 * <pre>
 * {"max_order_contracts": "1000000", "max_batch_items": 10000, "max_position_contracts": "10000000",
 *  "max_balance_dollars": "1000000000", "max_deposit_dollars": "1000000000",
 *  "max_total_deposits_dollars": "1000000000000", "max_fee_multiplier": "100"}
 * </pre>
 * Counts and dollars are strings as Kalshi writes them (a whole JSON number is accepted too).
 * {@link EngineLimits} refuses values that would let a sum leave a long.
 */
final class EngineLimitsJson {

    private static final Set<String> KEYS = Set.of("max_order_contracts", "max_batch_items",
            "max_position_contracts", "max_balance_dollars", "max_deposit_dollars", "max_total_deposits_dollars",
            "max_fee_multiplier");

    private EngineLimitsJson() {
    }

    /** {@code base} with the keys of {@code node} applied. @throws IllegalArgumentException naming the bad key */
    static EngineLimits parse(JsonNode node, EngineLimits base) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("config engine_limits must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException("unknown engine_limits key \"" + name + "\"; known: " + KEYS);
            }
        }
        long orderCount = node.has("max_order_contracts") ? count(node, "max_order_contracts") : base.maxOrderCount();
        long position = node.has("max_position_contracts") ? count(node, "max_position_contracts")
                : Math.max(base.maxPosition(), orderCount);
        int batch = node.has("max_batch_items") ? batchItems(node) : base.maxBatchItems();
        long balance = node.has("max_balance_dollars") ? dollars(node, "max_balance_dollars") : base.maxBalanceMicros();
        long deposit = node.has("max_deposit_dollars") ? dollars(node, "max_deposit_dollars")
                : Math.min(base.maxDepositMicros(), balance);
        long total = node.has("max_total_deposits_dollars") ? dollars(node, "max_total_deposits_dollars")
                : base.maxTotalDepositsMicros();
        BigDecimal multiplier = node.has("max_fee_multiplier") ? decimal(node, "max_fee_multiplier")
                : base.maxFeeMultiplier();
        try {
            return new EngineLimits(orderCount, batch, position, balance, deposit, total, multiplier);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("config engine_limits: " + bad.getMessage());
        }
    }

    private static long count(JsonNode node, String name) {
        JsonNode value = node.get(name);
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return Count.ofContracts(value.longValue()).hundredths();
            }
            if (value.isTextual()) {
                return Count.parse(value.textValue()).hundredths();
            }
        } catch (IllegalArgumentException | ArithmeticException bad) {
            throw new IllegalArgumentException("config engine_limits." + name + ": " + bad.getMessage());
        }
        throw new IllegalArgumentException("config engine_limits." + name + " must be a count like \"1000000\"");
    }

    private static long dollars(JsonNode node, String name) {
        JsonNode value = node.get(name);
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return Money.ofDollars(value.longValue()).micros();
            }
            if (value.isTextual()) {
                return Money.parseNonNegative(value.textValue()).micros();
            }
        } catch (IllegalArgumentException | ArithmeticException bad) {
            throw new IllegalArgumentException("config engine_limits." + name + ": " + bad.getMessage());
        }
        throw new IllegalArgumentException("config engine_limits." + name + " must be dollars like \"1000000000\"");
    }

    private static int batchItems(JsonNode node) {
        JsonNode value = node.get("max_batch_items");
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("config engine_limits.max_batch_items must be an integer");
        }
        return value.intValue();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.textValue());
            }
        } catch (NumberFormatException bad) {
            // Falls through to the message below.
        }
        throw new IllegalArgumentException("config engine_limits." + name + " must be a decimal like \"100\"");
    }
}
