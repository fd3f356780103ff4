package dev.deliberate.demoplatform.deeplinking;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.demoplatform.course.DemoLink;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.course.LineItem;
import dev.deliberate.demoplatform.course.LineItems;
import dev.deliberate.shared.TransactionManagers;

/** Adds a deep-linked activity to a course: the link and, when the tool asked for one, its line item. */
@Component
@Profile("demo")
class Activities {

    private final DemoLinks links;
    private final LineItems lineItems;

    Activities(DemoLinks links, LineItems lineItems) {
        this.links = links;
        this.lineItems = lineItems;
    }

    @Transactional(transactionManager = TransactionManagers.JDBC)
    public DemoLink add(String courseId, String clientId, ResourceLinkItem item) {
        DemoLink link = links.add(null, courseId, clientId, item.title(), item.url(), item.custom());
        if (item.lineItem() == null) {
            return link;
        }
        ResourceLinkItem.LineItemRequest asked = item.lineItem();
        // Deep Linking 2.0, ltiResourceLink lineItem: the line item is bound to the resource link the item creates
        LineItem created = lineItems.add(new LineItem(null, courseId, clientId, asked.label(), asked.scoreMaximum(),
                asked.resourceId(), link.id(), asked.tag(), null, null));
        links.grade(link.id(), created.id());
        return new DemoLink(link.id(), courseId, clientId, link.title(), link.url(), link.custom(), created.id(),
                link.createdAt());
    }
}
