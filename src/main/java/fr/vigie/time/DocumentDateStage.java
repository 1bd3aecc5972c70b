package fr.vigie.time;

import fr.vigie.model.Document;
import fr.vigie.model.DocumentDate;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Gives a document with no date from metadata, header or caller the publication date its
 * own text states ("publié le 14 novembre 2023"), with origin {@code TEXT}. Runs before
 * the temporal stage, which resolves relative expressions against it.
 */
public final class DocumentDateStage implements Stage {

    private final DocumentDateFinder finder;

    public DocumentDateStage(DocumentDateFinder finder) {
        this.finder = finder;
    }

    public static DocumentDateStage load(ModelStore models) {
        return new DocumentDateStage(DocumentDateFinder.load(models));
    }

    @Override
    public String name() {
        return "document-date";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.TEXT);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.noneOf(Requirement.class);
    }

    @Override
    public void process(Document document) {
        if (!document.date().isKnown()) {
            finder.find(document.text()).ifPresent(d ->
                    document.setDate(new DocumentDate(d, DocumentDate.Origin.TEXT)));
        }
    }
}
