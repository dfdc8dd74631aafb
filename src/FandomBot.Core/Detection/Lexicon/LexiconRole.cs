namespace FandomBot.Core.Detection.Lexicon;

/// <summary>What a lexicon phrase does in a message.</summary>
internal enum LexiconRole : byte
{
    /// <summary>An orientation or gender identity word: gay, lesbiana, schwul, "into girls", "not straight".</summary>
    Term,

    /// <summary>Closet talk: closeted, in the closet, PR relationship, lavender marriage, im Schrank.</summary>
    Closet,

    /// <summary>"beard": closet talk unless it is about facial hair.</summary>
    Beard,

    /// <summary>"come out", "salir del armario" with no tense of its own: closet talk unless a past marker is near.</summary>
    ComingOut,

    /// <summary>"will come out", "saldrá del armario": expecting someone to come out.</summary>
    ComingOutFuture,

    /// <summary>"came out", "se assumiu", "hat sich geoutet": reporting a coming out that happened.</summary>
    ComingOutPast,

    /// <summary>gaydar.</summary>
    Gaydar,

    /// <summary>queerbait, queerbaiting.</summary>
    Queerbaiting,

    /// <summary>"sexuality", "orientation": the topic, without a value.</summary>
    Topic,

    /// <summary>Judging by looks and manner: walks, talks, dresses, voice, vibes, "you can tell".</summary>
    Stereotype,

    /// <summary>Guessing or asking: lowkey, i bet, must be, gotta be, probably, "do you think".</summary>
    Hedge,

    /// <summary>Certainty without a source: obviously, clearly, definitely, 100%.</summary>
    Intensifier,

    /// <summary>Putting one's own view over what someone said: really, actually, secretly, claims, lying.</summary>
    Override,

    /// <summary>Weak override words (really, actually): count only when nothing reports the person's own statement.</summary>
    OverrideWeak,

    /// <summary>Speech verbs (said, says, told): reporting only when a person or pronoun is the one speaking.</summary>
    Speech,

    /// <summary>you, u, tu, você, du: the mentioned member when the message mentions one.</summary>
    SecondPerson,

    /// <summary>too, also, as well, también, aussi, auch: "i'm bi and so is X" puts the label on X.</summary>
    Also,

    /// <summary>the actor, the singer, l'acteur, der schauspieler: refers back to the real person.</summary>
    RoleNoun,

    /// <summary>Calling a statement or relationship fake: fake, PR, for clout, publicity stunt.</summary>
    Fake,

    /// <summary>Real-world words that put a name in the real world: irl, the actor, in interviews, on instagram.</summary>
    RealWorld,

    /// <summary>Weaker real-world words: girlfriend, dating, photos, premiere.</summary>
    RealWorldWeak,

    /// <summary>Fiction words: character, canon, in the show, coded, written as, arc, episode.</summary>
    Fiction,

    /// <summary>Reported speech and public statements: said, openly, out as, identifies as, in an interview.</summary>
    Reported,

    /// <summary>Condemning or discussing speculation: none of our business, stop speculating, can we not.</summary>
    Condemning,

    /// <summary>A noun that makes an orientation word about no one: gay rights, bi visibility day, queer fans.</summary>
    NonPersonNoun,

    /// <summary>Facial hair words that make "beard" literal.</summary>
    FacialHair,

    /// <summary>The author: i, i'm, me, my, as a, soy, sou, je suis, ich bin.</summary>
    Self,

    /// <summary>He, she, they and their forms in each language.</summary>
    Pronoun,

    /// <summary>People in general: anyone, someone, people, nobody, la gente, alguém, les gens, jemand.</summary>
    Generic,

    /// <summary>is, 's, are, seems, es, é, est, ist.</summary>
    Copula,

    /// <summary>will, 'll, gonna, soon, waiting for, va a, vai, bientôt, wird, bald.</summary>
    Future,

    /// <summary>has, had, already, ya, já, déjà, schon.</summary>
    Past,

    /// <summary>not, n't, never, no, não, pas, nicht.</summary>
    Negation,

    /// <summary>but, though, pero, mas, mais, aber: a turn after a report or a disclaimer.</summary>
    Contrast,

    /// <summary>
    /// A word that can carry speculation with no orientation word (dating, sus, friends, vibes): not a trigger for the
    /// rules, but a message holding one is judged by the model.
    /// </summary>
    Hint,

    /// <summary>A common word in one language, used only to tell the language.</summary>
    FunctionWord,
}
