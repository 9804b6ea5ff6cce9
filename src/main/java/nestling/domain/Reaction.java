package nestling.domain;

/** How a baby took a new food. */
public enum Reaction {
    LIKED, DISLIKED, POSSIBLE_ALLERGY
}
