package pl.cus.portal.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;

/**
 * Work that runs for the application's whole life as one reactive subscription (listeners, projections, timers):
 * started with the context, disposed when it stops, so that no subscription outlives it.
 */
public abstract class BackgroundSubscription implements SmartLifecycle {

    private volatile @Nullable Disposable running;

    /** Opens the subscription; called once per start. */
    protected abstract Disposable subscribe();

    @Override
    public void start() {
        running = subscribe();
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
