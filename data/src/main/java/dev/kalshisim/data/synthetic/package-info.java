/**
 * The one synthetic market generator: a model (latent factors that drift and jump at scheduled
 * announcements, markets as contracts on them, an activity profile) and renderers over it. The L2
 * renderer here writes recordings; the simulator's demo flow reads the same model.
 */
package dev.kalshisim.data.synthetic;
