/**
 * Offset: the event carbon-offset calculator and its emission-factor registry. The root package holds the
 * pure calculation ({@link org.taiwa.offset.OffsetCalculator}, {@link org.taiwa.offset.EventInputs},
 * {@link org.taiwa.offset.FactorSet}, {@link org.taiwa.offset.InputLimits}) that the form, the public embed and
 * the API share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offset calculator",
        allowedDependencies = {"storage", "security", "security :: policy", "directory", "audit", "shell"})
package org.taiwa.offset;
