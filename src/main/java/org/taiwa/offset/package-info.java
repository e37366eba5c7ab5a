/**
 * Offset: the event carbon-offset calculator and its emission-factor registry. The root package holds the
 * pure calculation ({@link org.taiwa.offset.OffsetCalculator}, {@link org.taiwa.offset.EventInputs},
 * {@link org.taiwa.offset.FactorSet}, {@link org.taiwa.offset.InputLimits}) that the form, the public embed and
 * the API share, and the services {@link org.taiwa.offset.FactorSets} (the emission-factor registry) and
 * {@link org.taiwa.offset.EventFootprints}; {@code internal/} stores them in MongoDB ({@code factor_sets},
 * {@code event_footprints}) and serves the REST API. See docs/decisions/0014-offset-factor-sets.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offset calculator",
        allowedDependencies = {"storage", "security", "security :: policy", "directory", "audit", "shell"})
package org.taiwa.offset;
