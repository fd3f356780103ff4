package dev.deliberate.course;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whether a membership still exists, for the sessions that act through it: a learner whose data the
 * operator deleted has their open pages ended, so nothing is written for them again (cached; at
 * once on the node that deleted, within the cache's expiry on the others). Also the words of the
 * member's name, which every served problem avoids: cached for two minutes, so a name the LMS
 * changes is avoided from then on, and forgotten with the membership.
 */
@Component
class LiveMemberships {

    private final JdbcClient jdbc;
    private final Cache<Long, Boolean> live = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();
    private final Cache<Long, Set<String>> names = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();

    LiveMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long membershipId) {
        return live.get(membershipId, id -> jdbc.sql("SELECT COUNT(*) FROM course_membership WHERE id = ?").param(id)
                .query(Long.class).single() > 0);
    }

    /** The words of the member's name as the LMS shares it (full, given and family); empty for no such member. */
    Set<String> nameWords(long membershipId) {
        return names.get(membershipId, id -> {
            Set<String> words = new HashSet<>();
            jdbc.sql("""
                    SELECT p.name, p.given_name, p.family_name FROM course_membership m JOIN course_person p ON p.id = m.person_id
                    WHERE m.id = ?""")
                    .param(id)
                    .query((rs, i) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                    .forEach(parts -> parts.stream().filter(Objects::nonNull)
                            .flatMap(name -> Arrays.stream(name.strip().split("[\\s,]+")))
                            .filter(word -> !word.isEmpty()).forEach(words::add));
            return Set.copyOf(words);
        });
    }

    /** Forgets deleted members: now, and again once the deletion has committed. */
    void forget(Iterable<Long> membershipIds) {
        AfterCompletion.forgetNowAndAfter(() -> {
            live.invalidateAll(membershipIds);
            names.invalidateAll(membershipIds);
        });
    }
}
