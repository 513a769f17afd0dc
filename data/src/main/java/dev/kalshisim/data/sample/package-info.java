/**
 * The bundled samples: named synthetic scenarios (a Fed decision, NYC weather brackets, busy CPI
 * brackets), generated deterministically on first use into a cache and found as {@code sample:NAME}.
 */
package dev.kalshisim.data.sample;
