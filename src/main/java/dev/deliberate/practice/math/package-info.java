/**
 * The math engine for linear equations in one unknown: exact numbers, the skill map, the parser,
 * the item generator, the variety planner and the step checker.
 *
 * <p>Plain Java with no framework types, so the practice module can wire it as it likes. Every
 * text the engine produces is a {@link dev.deliberate.practice.math.MessageRef} into the bundles
 * {@code messages/math.properties} and {@code messages/math_es.properties};
 * {@link dev.deliberate.practice.math.MathMessages} renders them without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Math practice", allowedDependencies = "practice :: spi")
package dev.deliberate.practice.math;
