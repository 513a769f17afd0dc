/**
 * The one path matcher: {@link dev.kalshisim.core.path.PathTemplate} and
 * {@link dev.kalshisim.core.path.PathTable}, with the literal-beats-parameter rule that both the
 * simulator's router and the endpoint-cost table (which the client paces by) need.
 */
package dev.kalshisim.core.path;
