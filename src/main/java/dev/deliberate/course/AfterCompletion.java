package dev.deliberate.course;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a cache's forgetting again once the transaction that deleted the rows has ended: a request
 * between the first forgetting and the commit still reads the rows under read committed, and would
 * cache them again for the cache's whole expiry.
 */
final class AfterCompletion {

    private AfterCompletion() {
    }

    /** {@code forget} now, and again after the current transaction completes (if there is one). */
    static void forgetNowAndAfter(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
