package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.AttachmentInfo;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.intake.UploadQuotaExceeded;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.Refusals;
import pl.cus.portal.shared.ui.ServiceCalls;

/** "Za życiem", page 2: what help the family would like, and an optional supporting document. */
class SupportStep extends Div implements WizardStep {

    private static final Logger log = LoggerFactory.getLogger(SupportStep.class);
    /** A guard for memory only; the real size limit is the attachments service's. */
    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final FormModel model;
    private final Runnable changed;
    private final TextArea help = new TextArea();
    private final Upload upload;
    private final Paragraph uploadError = new Paragraph();
    private final Feedback uploadStatus = new Feedback("upload-status");
    private final UnorderedList files = new UnorderedList();
    private final ServiceCalls calls;
    private final Attachments attachments;
    private final Actor resident;
    private volatile UI ui;

    SupportStep(ServiceCalls calls, FormModel model, Runnable changed, Attachments attachments, Actor resident) {
        this.calls = calls;
        this.model = model;
        this.changed = changed;
        this.attachments = attachments;
        this.resident = resident;
        addClassName("support-step");
        help.setId("needs");
        help.setLabel(getTranslation("intake.support.label"));
        help.setHelperText(getTranslation("intake.support.help"));
        help.setMaxLength(NeedsStep.MAX_NEEDS);
        help.setWidthFull();
        help.setMinRows(5);
        help.setValueChangeMode(ValueChangeMode.LAZY);
        help.setValueChangeTimeout(800);
        help.setValue(model.needs);
        help.addValueChangeListener(change -> {
            model.needs = change.getValue();
            if (change.isFromClient()) {
                changed.run();
            }
        });

        var document = new FieldSet();
        document.setId("document");
        document.setLegendText(getTranslation("intake.document.legend"));
        document.addClassName("document-upload");
        uploadError.setId("upload-error");
        uploadError.addClassName("field-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        files.setId("attachment-list");
        files.addClassName("attachment-list");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // Runs on the upload request without the session lock: call the service, then update the page in access.
            UI ui = this.ui;
            if (ui == null) {
                return;
            }
            try {
                AttachmentInfo info = calls.get(attachments.upload(resident, metadata.fileName(), bytes));
                ui.access(() -> added(info));
            } catch (UploadQuotaExceeded full) {
                String message = getTranslation(full.messageKey(), full.maxFiles(), full.maxSize());
                ui.access(() -> refused(message));
            } catch (DomainException refusal) {
                ui.access(() -> refused(Refusals.text(refusal, getLocale())));
            } catch (RuntimeException e) {
                log.warn("Uploading a document failed", e);
                ui.access(() -> refused(getTranslation("intake.document.error.failed")));
            }
        }));
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setI18n(i18n());
        upload.getElement().setAttribute("aria-describedby", "document-help upload-error");
        upload.addFileRejectedListener(rejected -> refused(getTranslation("intake.document.error.type-or-size")));
        var helpText = new Paragraph(getTranslation("intake.document.help"));
        helpText.setId("document-help");
        document.add(
                new Paragraph(getTranslation("intake.document.optional")),
                helpText,
                upload,
                uploadError,
                uploadStatus,
                files);
        model.attachments.forEach(this::listFile);
        addAttachListener(attach -> ui = attach.getUI());
        add(help, document);
    }

    private void added(AttachmentInfo info) {
        uploadError.setVisible(false);
        upload.clearFileList();
        model.attachments.put(info.id(), info.displayName());
        listFile(info.id(), info.displayName());
        uploadStatus.ok(getTranslation("intake.document.added", info.displayName()));
        changed.run();
    }

    private void refused(String message) {
        upload.clearFileList();
        uploadStatus.clear();
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void listFile(AttachmentId id, String name) {
        var item = new ListItem();
        var label = new Span(name == null ? getTranslation("intake.document.earlier") : name);
        var remove = new Button(getTranslation("intake.document.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("intake.document.remove-file", label.getText()));
        remove.addClickListener(click -> {
            forget(id);
            model.attachments.remove(id);
            files.remove(item);
            uploadStatus.ok(getTranslation("intake.document.removed", label.getText()));
            changed.run();
        });
        item.add(label, remove);
        files.add(item);
    }

    /** A removed file is deleted, so that it no longer counts against the resident's quota of unattached files. */
    private void forget(AttachmentId id) {
        try {
            // Already removed (or cleaned up) is found empty: nothing left to do.
            calls.find(attachments.remove(resident, id));
        } catch (RuntimeException e) {
            log.warn("Deleting a removed document failed; the clean-up will remove it later", e);
        }
    }

    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("intake.document.choose"))
                .setMany(getTranslation("intake.document.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("intake.document.drop"))
                .setMany(getTranslation("intake.document.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("intake.document.error.type-or-size"))
                .setIncorrectFileType(getTranslation("intake.document.error.type-or-size"))
                .setTooManyFiles(getTranslation("intake.document.error.one-at-a-time")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("intake.document.uploading"))
                        .setProcessing(getTranslation("intake.document.uploading"))
                        .setHeld(getTranslation("intake.document.uploading"))
                        .setStalled(getTranslation("intake.document.uploading")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("intake.document.remaining"))
                        .setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("intake.document.error.failed"))
                        .setUnexpectedServerError(getTranslation("intake.document.error.failed"))
                        .setForbidden(getTranslation("intake.document.error.failed"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    @Override
    public String headingKey() {
        return "intake.support.title";
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public List<Problem> validate() {
        help.setInvalid(false);
        return model.needs == null || model.needs.isBlank()
                ? List.of(markHelp(getTranslation("intake.support.error.empty")))
                : List.of();
    }

    private Problem markHelp(String message) {
        help.setErrorMessage(message);
        help.setInvalid(true);
        return new Problem(message, help::focus);
    }

    @Override
    public List<Answer> answers() {
        List<String> names = model.attachments.values().stream()
                .map(name -> name == null ? getTranslation("intake.document.earlier") : name)
                .toList();
        return List.of(
                new Answer(getTranslation("intake.support.label"), model.needs),
                new Answer(
                        getTranslation("intake.document.legend"),
                        names.isEmpty() ? getTranslation("intake.document.none") : String.join("\n", names)));
    }

    @Override
    public Optional<Problem> serverError(String field, String message) {
        if (field.equals("needs")) {
            return Optional.of(markHelp(message));
        }
        if (field.startsWith("attachment") || field.equals("file")) {
            refused(message);
            return Optional.of(new Problem(
                    message,
                    () -> upload.getElement().executeJs("(this.querySelector('vaadin-button') || this).focus()")));
        }
        return Optional.empty();
    }
}
