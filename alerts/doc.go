// Package alerts is the alert engine of the crisis room: volume spikes,
// negative surges, high-reach negative posts, keyword triggers and silent
// feeds, each alert carrying the figures that made it fire.
//
// The engine is fed mention by mention (Engine.Observe) and evaluated on a
// clock tick (Engine.Tick); it uses only the times it is given, never the
// wall clock, so a recorded capture replays to the same alerts every time
// (see `warroom backtest`). It is not safe for concurrent use: the pipeline
// calls it under its own lock.
//
// Statistics live in one-minute bins per topic, kept for a bit more than a
// week so that a baseline can compare a minute with the trailing 12 hours
// and with the same hour of previous weeks. Memory is bounded by the number
// of topics (Config.MaxTopics) and of platforms per topic, never by traffic.
package alerts
