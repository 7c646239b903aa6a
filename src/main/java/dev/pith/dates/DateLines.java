package dev.pith.dates;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the date a short line states ("Published 23 November 2023", "Updated: Nov. 19, 2019 10:32 a.m.
 * ET", "Veröffentlicht am 19.11.2019", "Mis à jour le 25/11/2023 à 14h30", "Publicado el 3 de marzo de 2021",
 * "Pubblicato il 3 marzo 2021", "Opublikowano: 03.03.2021") and whether it is the publication or the update
 * date: the role word nearest before the date decides. Only a full date counts (a day or finer, with its
 * year written or inferred); a month alone, a day without a year and a relative date without a reference
 * date are passed over. Lines longer than 300 characters are not datelines. Stateless and thread-safe.
 */
public final class DateLines {
    private static final int MAX_CHARS = 300;
    private static final Pattern UPDATED = Pattern.compile(
            "\\b(?:updated|last updated|modified|revised|aktualisiert|zuletzt aktualisiert|geändert|mis à jour|mise à jour|modifié"
                    + "|actualizado|actualizada|actualización|aggiornato|aggiornata|aggiornamento|atualizado|atualizada|atualização"
                    + "|zaktualizowano|aktualizacja|bijgewerkt|gewijzigd|обновлено)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PUBLISHED = Pattern.compile(
            "\\b(?:published|posted|first published|veröffentlicht|erschienen|publié|publiée|publicado|publicada|pubblicato"
                    + "|pubblicata|opublikowano|gepubliceerd|geplaatst|опубликовано|stand|date)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private DateLines() {
    }

    /** The first full date of a short line, and what the line says it is. */
    public static Optional<StatedDate> parse(String line, DateContext context) {
        if (line == null || line.length() > MAX_CHARS) {
            return Optional.empty();
        }
        List<DateMention> dates = DateFinder.find(line, context == null ? DateContext.none() : context);
        for (DateMention d : dates) {
            if (d.iso() == null || d.iso().length() < 10) {
                continue;
            }
            String before = line.substring(0, d.start());
            StatedDate.Role role = UPDATED.matcher(before).find() && !endsWithPublished(before)
                    ? StatedDate.Role.UPDATED
                    : PUBLISHED.matcher(before).find() ? StatedDate.Role.PUBLISHED : StatedDate.Role.UNKNOWN;
            return Optional.of(new StatedDate(d, role));
        }
        return Optional.empty();
    }

    /** "Updated ... Published 3 May": the nearest word before the date counts. */
    private static boolean endsWithPublished(String before) {
        var p = PUBLISHED.matcher(before);
        var u = UPDATED.matcher(before);
        int lastP = -1;
        int lastU = -1;
        while (p.find()) {
            lastP = p.start();
        }
        while (u.find()) {
            lastU = u.start();
        }
        return lastP > lastU;
    }
}
