package fr.vigie.ingest;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.Warning;

import java.util.List;

/**
 * What a reader gets out of a file before cleaning: the extracted text, the detected
 * media type, the title and publication date found in metadata, and warnings.
 */
public record RawDocument(String text, String mediaType, String title, DocumentDate metadataDate,
                          List<Warning> warnings) {
}
