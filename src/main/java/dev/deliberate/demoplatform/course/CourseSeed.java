package dev.deliberate.demoplatform.course;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.demoplatform.DemoProperties;
import dev.deliberate.shared.TransactionManagers;

/**
 * Puts the seeded assignment in place on first start: the link "Linear equations practice" for the
 * configured tool client, graded out of 100 through a line item of its own so scores can flow
 * before any tool has created one.
 */
@Component
@Profile("demo")
class CourseSeed {

    private static final Logger log = LoggerFactory.getLogger(CourseSeed.class);
    static final double SEEDED_SCORE_MAXIMUM = 100;

    private final DemoLinks links;
    private final LineItems lineItems;
    private final DemoProperties properties;

    CourseSeed(DemoLinks links, LineItems lineItems, DemoProperties properties) {
        this.links = links;
        this.lineItems = lineItems;
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public void seed() {
        if (links.find(DemoCourse.SEEDED_LINK_ID).isPresent()) {
            return;
        }
        try {
            links.add(DemoCourse.SEEDED_LINK_ID, DemoCourse.CONTEXT_ID, properties.clientId(), DemoCourse.SEEDED_LINK_TITLE,
                    null, Map.of());
            LineItem item = lineItems.add(new LineItem(null, DemoCourse.CONTEXT_ID, properties.clientId(),
                    DemoCourse.SEEDED_LINK_TITLE, SEEDED_SCORE_MAXIMUM, null, DemoCourse.SEEDED_LINK_ID, null, null, null));
            links.grade(DemoCourse.SEEDED_LINK_ID, item.id());
            log.info("Seeded the demo link {} with line item {}", DemoCourse.SEEDED_LINK_ID, item.id());
        }
        catch (DuplicateKeyException e) {
            log.info("The demo link {} was seeded by another node", DemoCourse.SEEDED_LINK_ID);
        }
    }
}
