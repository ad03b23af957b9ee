package io.github.thidua.core.people;

import io.github.thidua.core.Checks;
import io.github.thidua.core.UnitId;
import java.time.LocalDate;

/**
 * An initiative (sáng kiến, Luật 06/2022/QH15, Điều 3 khoản 4) or, with {@code scienceTopic}, an accepted
 * science topic or project (đề tài khoa học). One initiative supports one award only
 * (Công văn 5007/BNV-TĐKT, 2023).
 *
 * @param id           the initiative's id, unique in the review
 * @param title        its title
 * @param level        the reach at which its effect was recognised
 * @param recognisedBy who recognised it (e.g. "Hội đồng sáng kiến Sở Nội vụ")
 * @param recognisedOn the date of recognition (for a topic: acceptance)
 * @param scienceTopic true for an accepted science topic or project rather than an initiative
 */
public record Initiative(String id, String title, RecognitionLevel level, String recognisedBy,
                         LocalDate recognisedOn, boolean scienceTopic) {
    public Initiative {
        Checks.notNull(id, "initiative id");
        if (!UnitId.isValid(id)) {
            throw new IllegalArgumentException("initiative id '" + id + "' is not a valid id");
        }
        Checks.notBlank(title, "initiative title");
        Checks.notNull(level, "initiative level");
        Checks.notBlank(recognisedBy, "initiative recognisedBy");
        Checks.notNull(recognisedOn, "initiative recognisedOn");
    }

    /** Whether it was recognised during achievement year {@code year}. */
    public boolean inYear(int year) {
        return recognisedOn.getYear() == year;
    }
}
