package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.ondernemerscheck.adapter.web.security.OwnContextAccess;
import eu.ondernemerscheck.application.exchange.port.in.ImportClientsCommand;
import eu.ondernemerscheck.application.exchange.port.in.ImportClientsUseCase;
import eu.ondernemerscheck.domain.exchange.ImportMode;
import eu.ondernemerscheck.application.exchange.port.in.ImportOutcome;
import eu.ondernemerscheck.domain.exchange.CsvText;
import eu.ondernemerscheck.domain.exchange.ImportPreview;
import eu.ondernemerscheck.domain.exchange.ImportRow;
import eu.ondernemerscheck.domain.shared.FieldError;
import jakarta.annotation.security.RolesAllowed;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static eu.ondernemerscheck.adapter.web.report.ReportTexts.text;

/**
 * Import clients from a CSV file, {@code /klanten-inlezen}: the file is read and every line checked at once, the
 * preview shows each line with its problems per column, and nothing is stored until the accountant confirms, choosing
 * to import the valid lines or nothing at all when any line is wrong. A large import shows its progress.
 */
@Route("klanten-inlezen")
@PageTitle("Klanten inlezen | Ondernemerscheck")
@RolesAllowed("ACCOUNTANT")
class ClientImportView extends VerticalLayout {

    private final ImportClientsUseCase imports;

    final Upload upload = new Upload();
    final Div summary = new Div();
    final UnorderedList fileProblems = new UnorderedList();
    final Grid<ImportRow> rows = new Grid<>();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Button confirm = new Button(text("import.confirm"));
    final Button cancel = new Button(text("import.cancel"));
    final ProgressBar progress = new ProgressBar();
    final Span outcome = new Span();

    private byte[] file;
    private ImportPreview preview;
    /** The running import, done once its outcome is handed to the screen. */
    CompletableFuture<ImportOutcome> running;

    ClientImportView(ImportClientsUseCase imports) {
        this.imports = imports;
        addClassName("oc-page");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CsvText.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        upload.setUploadHandler(fileHandler());
        rows.addColumn(ImportRow::line).setHeader(text("import.column.line")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(text("import.column.name")).setFlexGrow(2);
        rows.addColumn(r -> r.country() == null ? "" : r.country().name()).setHeader(text("import.column.country"))
                .setAutoWidth(true);
        rows.addColumn(ImportRow::legalForm).setHeader(text("import.column.legalForm"));
        rows.addColumn(ClientImportView::problems).setHeader(text("import.column.problems")).setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.valid() ? null : "invalid-row");
        rows.addClassName("oc-import-rows");
        mode.setLabel(text("import.mode"));
        mode.setItems(ImportMode.VALID_LINES, ImportMode.ALL_OR_NOTHING);
        mode.setItemLabelGenerator(m -> text("import.mode." + m.name()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        cancel.addClickListener(e -> reset());
        progress.setVisible(false);
        add(new H2(text("import.title")), new Paragraph(text("import.intro")), upload, summary, fileProblems, rows,
                mode, new HorizontalLayout(confirm, cancel), progress, outcome);
        reset();
    }

    private UploadHandler fileHandler() {
        return event -> {
            var content = UploadedBytes.readAtMost(event.getInputStream(), CsvText.MAX_BYTES);
            OwnContextAccess.access(event.getUI(), () -> {
                if (content.isPresent()) {
                    fileReceived(content.get());
                } else {
                    reset();
                    summary.setText(text("import.tooLarge"));
                    summary.addClassName("oc-error");
                }
            });
        };
    }

    void fileReceived(byte[] content) {
        reset();
        file = content;
        preview = imports.preview(content);
        long invalid = preview.invalidCount();
        int valid = preview.validRows().size();
        summary.removeClassName("oc-error");
        if (!preview.fileProblems().isEmpty()) {
            summary.setText(text("import.unusable"));
            summary.addClassName("oc-error");
            preview.fileProblems().forEach(p -> fileProblems.add(new ListItem(p)));
        } else {
            summary.setText(text("import.summary", preview.rows().size(), valid, invalid)
                    + (preview.ignoredColumns().isEmpty() ? "" : " " + text("import.ignored",
                    String.join(", ", preview.ignoredColumns()))));
        }
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        boolean usable = !preview.unusable();
        mode.setVisible(usable);
        mode.setValue(ImportMode.VALID_LINES);
        mode.setItemLabelGenerator(m -> text("import.mode." + m.name(), valid));
        confirm.setVisible(usable);
        cancel.setVisible(true);
    }

    void confirm() {
        if (file == null || preview == null || mode.getValue() == null) {
            return;
        }
        UI ui = UI.getCurrent();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        upload.setVisible(false);
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(500);
        running = imports.importClients(new ImportClientsCommand(file, mode.getValue()),
                        (done, total) -> OwnContextAccess.access(ui,
                                () -> progress.setValue(total == 0 ? 1 : (double) done / total)))
                .whenComplete((result, failure) -> OwnContextAccess.access(ui,
                        () -> finished(ui, result, failure)));
    }

    private void finished(UI ui, ImportOutcome result, Throwable failure) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        cancel.setEnabled(true);
        cancel.setText(text("import.again"));
        if (failure != null) {
            outcome.setText(text("import.failed"));
            outcome.addClassName("oc-error");
        } else if (result.refused()) {
            outcome.setText(result.refusal());
            outcome.addClassName("oc-error");
        } else {
            outcome.setText(text("import.done", result.imported(), result.skipped()));
            outcome.removeClassName("oc-error");
        }
        file = null;
    }

    private void reset() {
        file = null;
        preview = null;
        summary.setText(text("import.choose"));
        summary.removeClassName("oc-error");
        fileProblems.removeAll();
        rows.setItems();
        rows.setVisible(false);
        mode.setVisible(false);
        confirm.setVisible(false);
        confirm.setEnabled(true);
        cancel.setVisible(false);
        cancel.setEnabled(true);
        cancel.setText(text("import.cancel"));
        outcome.setText("");
        upload.setVisible(true);
    }

    private static String problems(ImportRow row) {
        return row.errors().stream().map(ClientImportView::problem).collect(Collectors.joining(" "));
    }

    private static String problem(FieldError error) {
        return text("import.column." + error.field()) + ": " + error.message();
    }
}
