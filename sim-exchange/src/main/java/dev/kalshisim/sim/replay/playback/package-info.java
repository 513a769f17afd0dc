/**
 * {@code serve --replay}: the simulator plays a recording as the rest of the market. The recorded
 * book rests in the engine as orders of hidden liquidity members, recorded trades are replayed as
 * takers through the engine's FIFO, and recorded lifecycle changes move the markets; a bot in any
 * language trades against it over the ordinary REST and WebSocket API. Assumptions: docs/fidelity.md.
 */
package dev.kalshisim.sim.replay.playback;
