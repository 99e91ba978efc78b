package pl.cus.portal.intake.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the outbox. There is no e-mail or SMS gateway yet, so "sending" is a log line (the channel and a masked
 * recipient, never the text) and the row is marked sent; a real gateway replaces {@link #send} only.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;

    private final NotificationOutbox outbox;
    private final TransactionalOperator transactions;
    private final IntakeProperties properties;
    private volatile Disposable running;

    OutboxRelay(NotificationOutbox outbox, TransactionalOperator transactions, IntakeProperties properties) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = Flux.interval(properties.notifications().sendInterval())
                .onBackpressureDrop()
                .concatMap(tick -> outbox.takeUnsent(BATCH).doOnNext(this::send).then()
                        .as(transactions::transactional)
                        .onErrorResume(error -> {
                            log.warn("Sending notifications failed, will retry: {}", error.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    private void send(NotificationOutbox.Pending pending) {
        log.info("Notification {} sent by {} to {} (logging sender: nothing leaves the server)",
                pending.id(), pending.channel(), mask(pending.recipient()));
    }

    static String mask(String recipient) {
        if (recipient.length() <= 4) {
            return "***";
        }
        return recipient.charAt(0) + "***" + recipient.substring(recipient.length() - 2);
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
