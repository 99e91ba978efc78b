package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Leaves for a neutral site at once and leaves no trail in the tab. The link goes to {@code /quick-exit}, which ends
 * the session and sends the browser on to the neutral site ({@link QuickExitFilter}); with script it is followed with
 * {@code location.replace}, so the portal page is not kept as the entry the Back button returns to, and the page is
 * hidden at once. Pressing {@code Esc} three times within two seconds does the same (as GOV.UK's "Exit this page" does
 * with Shift); each press is announced in a polite live region. A portal page brought back from the browser's
 * back-forward cache is loaded again, so it asks the server (which no longer knows the session). Without script the
 * link still works.
 */
class QuickExit extends Anchor {

    /** Installed once per page; the current link and status region are swapped in when the layout is attached again. */
    private static final String SCRIPT = """
            const state = window.cusQuickExit || (window.cusQuickExit = {});
            state.link = $0; state.status = $1; state.texts = {two: $2, one: $3, leaving: $4};
            if (state.installed) { return; }
            state.installed = true;
            state.presses = [];
            const leave = () => {
              state.status.textContent = state.texts.leaving;
              document.documentElement.style.visibility = 'hidden';
              // The server ends the session; Vaadin would hear of it over its push connection and reload this page,
              // which would cancel the exit. Close that connection first.
              try { window.vaadinPush && window.vaadinPush.atmosphere && window.vaadinPush.atmosphere.unsubscribe(); } catch (ignored) { }
              window.location.replace(state.link.href);
            };
            state.leave = leave;
            document.addEventListener('click', event => {
              if (event.target instanceof Element && event.target.closest('#quick-exit') === state.link) {
                event.preventDefault();
                leave();
              }
            }, true);
            window.addEventListener('keydown', event => {
              if (!state.link.isConnected) { return; }
              if (event.key !== 'Escape') { state.presses = []; return; }
              const now = Date.now();
              state.presses = state.presses.filter(at => now - at < 2000);
              state.presses.push(now);
              if (state.presses.length >= 3) {
                state.presses = [];
                leave();
              } else {
                state.status.textContent = state.presses.length === 1 ? state.texts.two : state.texts.one;
              }
            }, true);
            window.addEventListener('pageshow', event => { if (event.persisted) { window.location.reload(); } });
            """;

    private final Span hint = new Span();
    private final Feedback status = new Feedback("quick-exit-status");

    QuickExit(String label, String hintText) {
        super(QuickExitFilter.PATH.substring(1), label);
        addClassName("quick-exit");
        getElement().setAttribute("rel", "noreferrer");
        getElement().setAttribute("id", "quick-exit");
        hint.setId("quick-exit-hint");
        hint.setText(hintText);
        hint.addClassName("visually-hidden");
        getElement().setAttribute("aria-describedby", "quick-exit-hint");
        status.addClassName("visually-hidden");
        addAttachListener(attach -> getElement()
                .executeJs(
                        SCRIPT,
                        getElement(),
                        status.getElement(),
                        getTranslation("layout.quick-exit.press-two"),
                        getTranslation("layout.quick-exit.press-one"),
                        getTranslation("layout.quick-exit.leaving")));
    }

    /** The link's description for assistive technology: what it does and the Esc shortcut (visually hidden). */
    Span hint() {
        return hint;
    }

    /** The polite live region that announces the Esc presses (visually hidden). */
    Div status() {
        return status;
    }
}
