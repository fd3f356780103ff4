package dev.deliberate.practice.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.deliberate.practice.spi.NextItemSpec;
import dev.deliberate.practice.spi.PreparedItem;
import dev.deliberate.practice.spi.Served;

/** Short writing exercises of one skill come round all their topic sets before one repeats, in sessions of any length. */
class WritingVarietyTests {

    private final WritingItems items = new WritingItems();

    @Test
    void everyTopicSetComesRoundBeforeOneRepeats() {
        int sets = TopicBank.sets(Set.of()).size();
        for (String skill : List.of("thesis", "claim", "conclusion")) {
            List<Served> history = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                PreparedItem item = items.next(new NextItemSpec(skill, 2, Set.of("music"), history, 5L, Set.of()));
                keys.add(item.key());
                history.add(new Served(item.key(), item.spec().context()));
                if (history.size() > 100) {  // the loop hands over the latest 100 items
                    history.remove(0);
                }
            }
            for (int start = 0; start + sets <= keys.size(); start++) {
                assertThat(new HashSet<>(keys.subList(start, start + sets))).as(skill + " items " + start + " to " + (start + sets - 1))
                        .hasSize(sets);
            }
        }
    }
}
