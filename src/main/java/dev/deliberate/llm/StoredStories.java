package dev.deliberate.llm;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.deliberate.practice.spi.WrittenStory;
import dev.deliberate.shared.DbTime;

/** Accepted stories in the database, shared by every node; a story's id is a digest of its texts. */
@Component
class StoredStories {

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredStories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<WrittenStory> ofTemplate(String template) {
        return jdbc.sql("SELECT id, english, spanish FROM llm_story WHERE template = ? ORDER BY created_at, id").param(template)
                .query((rs, row) -> new WrittenStory(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<WrittenStory> byId(String id) {
        return jdbc.sql("SELECT id, english, spanish FROM llm_story WHERE id = ?").param(id)
                .query((rs, row) -> new WrittenStory(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Keeps a story; the same story written twice (by two nodes) is kept once. */
    void keep(String template, WrittenStory story, String model, String prompt) {
        try {
            jdbc.sql("INSERT INTO llm_story (id, template, english, spanish, model, prompt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(story.id(), template, story.english(), story.spanish(), model, prompt, DbTime.of(clock.instant()))
                    .update();
        }
        catch (DuplicateKeyException alreadyKept) {
            // the same texts have the same id: nothing to add
        }
    }
}
