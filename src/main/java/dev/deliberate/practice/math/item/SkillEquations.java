package dev.deliberate.practice.math.item;

import dev.deliberate.practice.math.expression.Equation;

/** Makes the equation of a symbolic item for one skill; structure follows the level, numbers the dice. */
interface SkillEquations {

    Equation make(Difficulty difficulty, Dice dice);
}
