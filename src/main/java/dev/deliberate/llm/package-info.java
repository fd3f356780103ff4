/**
 * Every call to a language model, and the only package that imports LangChain4j: the chat model
 * chosen by configuration ({@link dev.deliberate.llm.LlmProperties}), timeouts, bounded retries, a
 * circuit breaker, a daily token budget per course, prompts in versioned resource files, JSON
 * schema output validated before use, and a cache of the wording it wrote. It implements helpers
 * the practice subjects ask for ({@link dev.deliberate.practice.spi.StoryWriter},
 * {@link dev.deliberate.practice.spi.WritingCoach}); every one of them
 * works without it. Nothing that names a person is ever sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Language model",
        allowedDependencies = { "practice :: spi", "course", "shared" })
package dev.deliberate.llm;
