/**
 * Language practice: verb conjugation in context, with correction that names the reason.
 *
 * <p>{@code verb} holds what every language shares (tenses, persons, a conjugated form),
 * {@code check} the reasons a wrong form is given and the typed accent convention, and
 * {@code french} the French engine: its verbs, its rules and its diagnosis. A Spanish engine
 * would sit beside {@code french} with its own data and rules, reusing the rest. Plain Java
 * below the subject itself; every text is a message code in {@code messages/messages*.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language practice", allowedDependencies = "practice :: spi")
package dev.deliberate.practice.language;
