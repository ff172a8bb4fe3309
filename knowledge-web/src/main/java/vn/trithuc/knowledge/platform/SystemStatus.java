package vn.trithuc.knowledge.platform;

/**
 * What an administrator sees of the running knowledge context ({@code GET /api/admin/system}).
 *
 * @param database       database product and version
 * @param schemaVersion  latest applied migration of the {@code knowledge} schema
 * @param indexedSpaces  documents in the space index
 */
public record SystemStatus(String application, String database, String schemaVersion, long spaces, long indexedSpaces) {
}
