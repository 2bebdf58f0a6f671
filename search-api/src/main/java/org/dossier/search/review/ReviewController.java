package org.dossier.search.review;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.dossier.config.domain.JudgementEntry;
import org.dossier.config.domain.Verdict;
import org.dossier.search.query.BadSearchRequestException;
import org.dossier.search.system.NotFoundException;

/** {@code /api/review}: the merge candidates, their evidence, decisions, undo and the history (analysts). */
@RestController
@Tag(name = "review")
class ReviewController {

    private final ReviewService review;
    private final EntityCorrections corrections;

    ReviewController(ReviewService review, EntityCorrections corrections) {
        this.review = review;
        this.corrections = corrections;
    }

    /** @param name for preferred-name, a spelling; for split, a name key such as {@code PERSON:ana berg} */
    record EntityRequest(String entity, String name) {
    }

    @PostMapping("/api/review/preferred-name")
    @Operation(summary = "Show one of an entity's spellings as its name, at once and after every later run")
    org.dossier.config.domain.EntityRecord prefer(@RequestBody EntityRequest request, Principal user) {
        return corrections.prefer(request.entity(), request.name(), user.getName());
    }

    @PostMapping("/api/review/split")
    @Operation(summary = "Split a name out of an entity: 'not same' judgements against its other names, "
            + "obeyed by the next resolve run")
    java.util.Map<String, Object> split(@RequestBody EntityRequest request, Principal user) {
        int judgements = corrections.splitOut(request.entity(), request.name(), user.getName());
        return java.util.Map.of("judgements", judgements, "takesEffect", "at the next resolve run");
    }

    @GetMapping("/api/review/candidates")
    @Operation(summary = "Undecided merge candidates, the most valuable first; blind=true hides scores and evidence")
    List<ReviewCandidateView> candidates(@RequestParam(defaultValue = "false") boolean blind) {
        return review.queue().stream().map(c -> blind ? c.blind() : c).toList();
    }

    @GetMapping("/api/review/evidence")
    @Operation(summary = "Both sides of a candidate: entities, mention contexts, documents, co-mentions, features")
    ReviewService.Evidence evidence(@RequestParam String a, @RequestParam String b) {
        return review.evidence(a, b);
    }

    /** @param verdict SAME, NOT_SAME or UNSURE */
    record DecisionRequest(String a, String b, String verdict, String note) {
    }

    @PostMapping("/api/review/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Decide a pair of names; SAME merges their entities in the indices at once")
    ReviewService.Decision decide(@RequestBody DecisionRequest request, Principal user) {
        return review.decide(request.a(), request.b(), verdict(request.verdict()), request.note(), user.getName());
    }

    @PostMapping("/api/review/decisions/undo")
    @Operation(summary = "Take back your latest standing decision, and what it merged")
    JudgementEntry undo(Principal user) {
        JudgementEntry undone = review.undoLast(user.getName());
        if (undone == null) {
            throw new NotFoundException(user.getName() + " has no decision to undo");
        }
        return undone;
    }

    @GetMapping("/api/review/history")
    @Operation(summary = "Decisions, newest first, by analyst and date (yyyy-MM-dd, inclusive)")
    List<JudgementEntry> history(@RequestParam(required = false) String by,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        return ReviewPageController.history(review, by, from, to);
    }

    static Verdict verdict(String value) {
        try {
            return Verdict.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadSearchRequestException("verdict must be SAME, NOT_SAME or UNSURE, was '" + value + "'");
        }
    }
}
