package se.medverka.budget.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import se.medverka.budget.BudgetResults;
import se.medverka.budget.BudgetResults.AreaResult;
import se.medverka.budget.BudgetResults.Line;
import se.medverka.budget.BudgetRounds.Area;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.shared.i18n.Formats;

/** The published count of a round: per area a table of place, proposal, cost, votes and outcome, and the CSV. */
class ResultsSection extends Section {

    ResultsSection(BudgetResults results, Round round) {
        Section section = this;
        section.add(new H2(getTranslation("budget.results.title")),
                new Paragraph(getTranslation("budget.results.rule.text")));
        for (AreaResult r : results.results(round.id())) {
            section.add(new H3(areaName(r.area())));
            section.add(new Paragraph(getTranslation("budget.results.summary.text", r.ballots(),
                    Money.format(r.spent(), getLocale()), Money.format(r.area().amount(), getLocale()))));
            NativeTable table = new NativeTable();
            table.addClassName("budget-results-table");
            table.getHead().addRows(new NativeTableRow(th("budget.results.rank.label"), th("budget.results.proposal.label"),
                    th("budget.results.cost.label"), th("budget.results.votes.label"), th("budget.results.outcome.label")));
            NativeTableBody body = table.addBody();
            for (Line l : r.lines()) {
                body.addRows(new NativeTableRow(new NativeTableCell(String.valueOf(l.rank())), new NativeTableCell(l.title()),
                        new NativeTableCell(Money.format(l.cost(), getLocale())), new NativeTableCell(Formats.number(l.votes(), getLocale())),
                        new NativeTableCell(getTranslation(l.outcome().labelKey()))));
            }
            Div scroll = new Div(table);
            scroll.getStyle().set("overflow-x", "auto");
            section.add(scroll);
        }
        long id = round.id();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = results.csv(id, this::getTranslation).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    "medborgarbudget-" + id + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("budget.results.csv.action"));
        section.add(csv);
    }

    private NativeTableHeaderCell th(String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private String areaName(Area a) {
        return a.districtName() == null ? getTranslation("budget.area.city.label") : a.districtName();
    }
}
