package dev.deliberate.acceptance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.deliberate.practice.math.MathAnswers;
import dev.deliberate.practice.spi.ItemSpec;

/** The right answer to an item the tool served, worked out by the engine from the item's stored spec. */
final class ToolItems {

    private final JdbcClient jdbc;

    ToolItems(RunSettings run) {
        this.jdbc = JdbcClient.create(new DriverManagerDataSource(run.toolDatabase(), run.toolDbUser(), run.toolDbPassword()));
    }

    String rightAnswer(long itemId) {
        ItemSpec spec = jdbc.sql("SELECT skill, difficulty, context, wording, seed FROM practice_item WHERE id = ?").param(itemId)
                .query((rs, i) -> new ItemSpec(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .single();
        return "x = " + MathAnswers.answer(spec);
    }
}
