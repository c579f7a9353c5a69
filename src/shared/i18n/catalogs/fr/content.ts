/** French exercise content: "vous", plain and warm, step for step like the English records. */
import type { ContentText } from '../../content';

export const content = {
  exercises: {
    'posture-check': {
      name: 'Contrôle de la posture',
      summary: 'Un rapide passage en revue, de la tête aux pieds, de votre position assise au bureau.',
      why: 'On se remet à s’avachir sans s’en rendre compte. Parcourir une courte liste de contrôle plusieurs fois par jour permet de retrouver la position qui sollicite le moins la nuque et le dos.',
      steps: [
        'Décroisez les jambes et posez les deux pieds à plat sur le sol, les genoux fléchis à peu près à angle droit.',
        'Asseyez-vous bien droit en vous grandissant, les hanches vers le fond de l’assise, la poitrine légèrement soulevée.',
        'Ramenez les épaules en arrière, puis laissez-les redescendre, loin des oreilles.',
        'Rentrez un peu le ventre pour activer votre sangle abdominale.',
        'Placez la tête bien droite, pour que vos oreilles soient au-dessus des épaules et que votre nuque reste neutre, sans tendre le cou vers l’écran.',
        'Posez les mains sur le clavier, les avant-bras à peu près parallèles au sol ; réglez votre chaise s’ils sont inclinés.',
      ],
      caution:
        'Visez le confort, pas la raideur : tenez chaque position en souplesse et continuez à respirer.',
    },
    'chin-tuck': {
      name: 'Rentrée du menton',
      summary: 'Ramène au-dessus des épaules une tête qui glisse vers l’avant.',
      why: 'Les heures passées devant un écran tirent la tête vers l’avant. Ramener le menton droit vers l’arrière apprend à la nuque à rester dans l’axe de la colonne et soulage les tensions à l’arrière du cou et entre les épaules.',
      steps: [
        'Asseyez-vous ou tenez-vous debout bien droit, le regard à l’horizontale et le menton parallèle au sol. Posez votre index droit sur l’avant de votre menton.',
        'Faites glisser le menton droit vers l’arrière, comme pour faire un double menton, jusqu’à sentir un léger étirement à l’arrière de la nuque.',
        'Relâchez et ramenez la tête droite.',
      ],
      easier:
        'Appuyez légèrement l’arrière de la tête contre un dossier haut ou un mur et faites-la glisser droit vers l’arrière contre ce support, au lieu de la tenir vous-même.',
      caution:
        'Gardez un mouvement petit et lent ; arrêtez s’il provoque une douleur, des vertiges ou des fourmillements dans les bras.',
    },
    'shoulder-shrug-circle': {
      name: 'Cercles d’épaules',
      summary: 'Fait rouler les épaules en grands cercles lents, les bras tendus devant soi.',
      why: 'Faire parcourir aux épaules leur cercle complet assouplit les muscles du haut du dos, et terminer chaque cercle en arrière et en bas entraîne la position que demande une bonne posture.',
      steps: [
        'Tenez-vous debout bien droit et levez les deux bras tendus devant vous à hauteur d’épaules. Gardez-les ainsi tout du long.',
        'Faites tourner les épaules vers l’arrière : montez-les vers les oreilles, serrez-les vers l’arrière, puis abaissez-les bien loin des oreilles. Faites des cercles lents et amples.',
        'Changez de sens : montez-les vers les oreilles, faites-les rouler vers l’avant, puis abaissez-les, pendant la même durée.',
      ],
      easier:
        'Asseyez-vous, le dos contre le dossier pour être mieux soutenu, et reposez les bras s’il est fatigant de les garder levés.',
      caution:
        'Allez-y doucement et gardez des cercles sans douleur ; réduisez-les si votre nuque ou vos épaules protestent.',
    },
    'wall-pec-stretch': {
      name: 'Étirement des pectoraux au mur',
      summary: 'Ouvre une poitrine raide, un avant-bras appuyé contre un mur.',
      why: 'Des pectoraux raides tirent les épaules vers l’avant et arrondissent le haut du dos. Les assouplir permet de rester assis droit plus facilement, sans lutter contre vous-même.',
      steps: [
        'Tenez-vous debout bien droit à côté d’un mur. Levez le bras droit à hauteur d’épaule, le coude fléchi à angle droit, et plaquez la paume et l’avant-bras à plat contre le mur. Laissez pendre le bras gauche.',
        'En gardant le bras contre le mur, tournez lentement le corps vers la gauche jusqu’à sentir un bon étirement sur le côté droit de la poitrine et de l’épaule. Maintenez.',
        'Faites demi-tour pour avoir le mur à votre gauche et changez de bras : avant-bras et paume gauches contre le mur, coude fléchi à angle droit, bras droit relâché.',
        'Tournez lentement vers la droite jusqu’à sentir l’étirement du côté gauche de la poitrine et de l’épaule. Maintenez.',
      ],
      easier: 'Placez le coude un peu plus bas que l’épaule et ne tournez qu’en partie.',
      caution:
        'L’étirement doit être net, mais jamais vif. Arrêtez si vous sentez des fourmillements ou un engourdissement le long du bras.',
    },
    'cat-pose': {
      name: 'Posture du chat',
      summary: 'Arrondit la colonne vers le haut comme un chat qui fait le dos rond, puis la déroule.',
      why: 'Arrondir doucement le dos étire toute la colonne, et rentrer le ventre entraîne le même gainage que celui sur lequel repose une bonne posture assise.',
      steps: [
        'Mettez-vous à quatre pattes, les mains sous les épaules et le dos plat.',
        'En expirant, arrondissez le dos vers le plafond, rentrez le ventre et laissez le menton descendre vers la poitrine.',
        'Déroulez lentement, du coccyx vers le haut, une portion de la colonne après l’autre, jusqu’à ce que votre dos soit de nouveau plat.',
      ],
      easier:
        'Faites-le assis : mains sur les genoux, arrondissez le dos et baissez le menton en expirant, puis redressez-vous.',
      caution:
        'Restez dans une amplitude confortable et placez un coussin sous vos genoux si la position à genoux est douloureuse.',
    },
    'childs-pose-reach': {
      name: 'Posture de l’enfant avec allongement latéral alterné',
      summary:
        'Une flexion vers l’avant à genoux, suivie d’un allongement vers chaque côté pour ouvrir le dos et les flancs.',
      why: 'Se pencher en avant allonge la colonne, et faire marcher les mains d’un côté étire les grands dorsaux, ces larges muscles sous les aisselles qui se raidissent après un effort du haut du corps.',
      steps: [
        'Mettez-vous à genoux, le buste droit, les hanches au-dessus des genoux, les genoux écartés de la largeur des hanches et les gros orteils qui se touchent derrière vous.',
        'Asseyez vos fessiers sur vos talons.',
        'Expirez et descendez la poitrine vers le sol. Allongez les bras devant vous, posez le front et laissez la nuque et le coccyx s’allonger. Restez ainsi le temps de quelques respirations lentes.',
        'Gardez les hanches immobiles et faites marcher vos deux mains vers la droite jusqu’à sentir l’étirement du côté gauche du corps. Respirez dans l’étirement.',
        'Ramenez les mains au centre.',
        'Faites maintenant marcher vos deux mains vers la gauche pour étirer le côté droit. Respirez dans l’étirement.',
        'Ramenez les mains au centre et redressez-vous lentement pour vous asseoir sur les talons.',
      ],
      easier:
        'Placez une couverture pliée ou un coussin entre vos talons et vos fessiers, ou écartez davantage les genoux, pour ne pas avoir à vous pencher aussi loin.',
      caution:
        'Sautez cet exercice ou protégez-vous bien avec un coussin si vous avez mal aux genoux ou aux hanches en position à genoux.',
    },
    'scapular-push-up': {
      name: 'Pompe scapulaire',
      summary: 'Ne fait bouger que les omoplates, bras tendus, depuis la position de planche.',
      why: 'Rester longtemps assis fatigue les omoplates et les laisse glisser vers l’avant. Les rapprocher puis les écarter renforce les muscles qui maintiennent les épaules en arrière et le haut de la colonne droit.',
      steps: [
        'Placez-vous en planche haute : mains et pieds écartés d’environ la largeur des épaules, poignets sous les épaules, ventre ferme.',
        'Bras tendus, laissez la poitrine descendre vers le sol pour que vos omoplates glissent l’une vers l’autre. Maintenez un bref instant.',
        'Repoussez le sol pour que le haut du dos monte vers le plafond, en laissant les omoplates s’écarter tout en les gardant tirées vers le bas, bien loin des oreilles.',
      ],
      easier:
        'Placez-vous face à un mur, les paumes posées dessus à hauteur de poitrine, et faites-y le même mouvement des omoplates.',
      caution:
        'Gardez les bras tendus et les épaules loin des oreilles ; arrêtez si vous ressentez une douleur dans l’articulation de l’épaule.',
    },
    'glute-bridge': {
      name: 'Pont fessier',
      summary: 'Décolle le bassin du sol pour réveiller les fessiers et les muscles profonds du tronc.',
      why: 'Quand la sangle abdominale et les hanches sont faibles, le dos compense et se surmène. Le pont renforce les muscles qui stabilisent le bassin et la colonne, si bien que le dos a moins à compenser.',
      steps: [
        'Allongez-vous sur le dos, genoux fléchis, pieds à plat et écartés de la largeur des hanches, bras relâchés le long du corps. Laissez les épaules peser sur le sol.',
        'Contractez les fessiers et le ventre, puis poussez dans vos talons pour soulever le bassin jusqu’à ce que genoux, hanches et poitrine forment une ligne oblique.',
        'Tenez le pont en gardant les fessiers contractés. Gardez le bas du dos long plutôt que cambré.',
        'Déroulez lentement le bassin jusqu’au sol.',
        'Prenez le temps d’une respiration avant de remonter.',
      ],
      easier:
        'Ne soulevez le bassin qu’en partie et redescendez aussitôt, en progressant jusqu’au maintien complet.',
      caution:
        'Si vous le sentez dans le bas du dos plutôt que dans les fessiers, montez moins haut. Arrêtez si cela fait mal.',
    },
    'bird-dog': {
      name: 'Bird dog',
      summary: 'Allonge un bras et la jambe opposée pendant que le tronc reste immobile.',
      why: 'Garder le corps stable pendant qu’un bras et la jambe opposée bougent entraîne les couches profondes de la sangle abdominale qui maintiennent la colonne en place, sans la charger lourdement.',
      steps: [
        'Mettez-vous à quatre pattes : mains sous les épaules, genoux sous les hanches, dos plat.',
        'Tendez le bras gauche vers l’avant jusqu’à ce qu’il soit dans l’alignement de votre oreille et, en même temps, poussez la jambe droite tendue vers l’arrière. Tenez la position sans bouger.',
        'Reposez le bras et la jambe pour revenir à quatre pattes.',
        'Maintenant l’autre paire : tendez le bras droit vers l’avant et la jambe gauche vers l’arrière. Tenez la position sans bouger.',
        'Reposez-les et revenez à quatre pattes.',
      ],
      easier:
        'Laissez les deux genoux au sol et tendez seulement les bras vers l’avant, l’un après l’autre, en changeant de côté à chaque répétition.',
      caution:
        'Gardez les hanches à niveau et le dos plat, sans vous tordre ni vous affaisser. Protégez vos genoux avec un coussin si la position à genoux est inconfortable.',
    },
    plank: {
      name: 'Planche',
      summary: 'Maintient le corps en une seule ligne droite pour renforcer la stabilité du tronc.',
      why: 'La planche fait travailler d’un coup toute la ceinture musculaire autour du tronc. Une sangle abdominale plus forte porte une plus grande part de la charge qu’un dos fatigué supporterait sinon.',
      steps: [
        'Allongez-vous sur le ventre, les paumes à plat au sol à côté des épaules et les orteils repliés en appui.',
        'Inspirez et repoussez le sol jusqu’à être en haut d’une pompe, le corps droit des talons à la tête.',
        'Rentrez le nombril et serrez les fessiers. Regardez le sol juste sous votre visage et continuez à respirer régulièrement.',
        'Redescendez doucement jusqu’au sol.',
        'Reposez-vous avant la planche suivante.',
      ],
      easier: 'Gardez les genoux au sol pour que la ligne droite aille des genoux à la tête.',
      caution:
        'Arrêtez si le bas de votre dos commence à s’affaisser ou à faire mal ; un maintien plus court et propre vaut mieux qu’un long maintien bâclé.',
    },
  },
  routines: {
    'desk-micro-break': {
      name: 'Micro-pause au bureau',
      summary: 'Détendez les épaules et replacez la nuque sans quitter votre chaise.',
    },
    'seated-neck-shoulders': {
      name: 'Nuque et épaules, assis',
      summary: 'Un enchaînement un peu plus long, faisable sur une chaise, pour la nuque et le haut du dos.',
    },
    'upper-back-reset': {
      name: 'Remise en place du haut du dos',
      summary: 'Levez-vous, ouvrez la poitrine et ramenez la tête au-dessus des épaules.',
    },
    'core-and-posture': {
      name: 'Gainage et posture',
      summary:
        'Exercices au sol pour les muscles profonds du tronc et les omoplates, terminés par un contrôle de la posture, de retour au bureau.',
    },
  },
  tips: {
    'heat-or-ice': {
      title: 'Chaleur ou glace ?',
      body: 'La plupart des douleurs de dos modérées répondent bien à la simple chaleur ou au froid. Optez pour la glace quand la douleur est récente et vive ; sinon, une compresse chaude est généralement le meilleur choix.',
    },
    'rest-then-move': {
      title: 'Se reposer brièvement, puis bouger à nouveau',
      body: 'Mettez en pause, pendant quelques jours, ce qui semble déclencher la douleur, comme une séance intense à la salle de sport ou une mauvaise chaise, jusqu’à ce qu’elle redescende à un niveau supportable. Reprenez ensuite progressivement avec des mouvements légers et des exercices doux. Rester actif aide davantage que rester au lit, car le mouvement entretient la circulation du sang vers la zone douloureuse.',
    },
    'sitting-posture': {
      title: 'Comment vous asseoir à votre bureau',
      body: 'Beaucoup de douleurs du haut du dos viennent de longues heures passées penché sur un écran. Vérifiez ces points de temps en temps :',
      points: [
        'Tenez-vous bien droit, les épaules en arrière et abaissées, loin des oreilles.',
        'Gardez le ventre légèrement rentré pour que votre sangle abdominale reste active.',
        'Décroisez les jambes et posez les deux pieds à plat sur le sol.',
        'Fléchissez les genoux à peu près à angle droit.',
        'Quand vous tapez, gardez les avant-bras à peu près parallèles au sol.',
        'Gardez la tête droite, les oreilles au-dessus des épaules, pour que votre nuque reste neutre.',
      ],
    },
    'core-supports-spine': {
      title: 'Votre sangle abdominale soutient votre dos',
      body: 'La sangle abdominale ne se limite pas aux abdominaux visibles : des couches de muscles profonds entourent le tronc et stabilisent la colonne et le bassin. Quand ils sont faibles, le dos fait des heures supplémentaires pour compenser. Des exercices simples comme le pont fessier, le bird dog et la planche les renforcent, tant qu’ils ne provoquent pas de forte douleur.',
    },
    'medication-caution': {
      title: 'Médicaments contre la douleur',
      body: 'Les antidouleurs anti-inflammatoires comme l’ibuprofène ou le naproxène peuvent atténuer le mal de dos. Si vous n’avez encore jamais pris de médicament sans ordonnance, demandez d’abord l’avis d’un médecin.',
    },
  },
  poses: {
    'posture-check/feet-flat': {
      description:
        'Position assise au bureau, les deux pieds à plat sur le sol et les genoux à peu près à angle droit.',
      arrows: ['les deux pieds à plat sur le sol'],
    },
    'posture-check/sitting-tall': {
      description:
        'Position assise bien droite, au fond du siège, les pieds à plat, la poitrine légèrement soulevée.',
      arrows: ['le buste se redresse'],
    },
    'posture-check/shoulders-back-down': {
      description:
        'Position assise bien droite, les épaules ramenées en arrière et abaissées, loin des oreilles.',
      arrows: ['les épaules reculent et s’abaissent'],
    },
    'posture-check/core-engaged': {
      description: 'Position assise bien droite, les épaules basses, le ventre légèrement rentré.',
      arrows: ['le ventre se rentre'],
    },
    'posture-check/neck-neutral': {
      description:
        'Position assise bien droite, la tête droite et les oreilles au-dessus des épaules, sans tendre le cou vers l’écran.',
      arrows: ['la tête revient au-dessus des épaules'],
    },
    'posture-check/forearms-level': {
      description:
        'Position assise bien droite au bureau, les mains sur le clavier, les avant-bras à peu près parallèles au sol.',
    },
    'chin-tuck/finger-on-chin': {
      description: 'Position debout bien droite, la tête droite, l’index droit posé sur l’avant du menton.',
    },
    'chin-tuck/tucked': {
      description:
        'Position debout bien droite, le menton ramené droit vers l’arrière en double menton, la tête droite, le doigt sur le menton.',
      arrows: ['le menton glisse droit vers l’arrière'],
    },
    'shoulder-shrug-circle/arms-forward': {
      description: 'Position debout bien droite, les deux bras tendus devant soi à hauteur d’épaules.',
    },
    'shoulder-shrug-circle/circling-backward': {
      description:
        'Position debout, les bras tendus devant soi à hauteur d’épaules, les épaules montées vers les oreilles et roulant vers l’arrière.',
      arrows: ['les épaules tournent vers le haut, l’arrière et le bas'],
    },
    'shoulder-shrug-circle/circling-forward': {
      description:
        'Position debout, les bras tendus devant soi à hauteur d’épaules, les épaules montées vers les oreilles et roulant vers l’avant.',
      arrows: ['les épaules tournent vers le haut, l’avant et le bas'],
    },
    'wall-pec-stretch/right-arm-on-wall': {
      description:
        'Position debout bien droite à côté d’un mur, le bras droit levé, le coude fléchi à angle droit à hauteur d’épaule, l’avant-bras et la paume à plat contre le mur ; l’autre bras pend.',
      arrows: [],
    },
    'wall-pec-stretch/right-turned-away': {
      description:
        'Position debout à côté d’un mur, l’avant-bras et la paume droits à plat contre celui-ci, le coude fléchi à angle droit à hauteur d’épaule, le corps tourné vers la gauche, à l’opposé du mur.',
      arrows: ['le corps tourne vers la gauche, en s’éloignant du mur'],
    },
    'wall-pec-stretch/left-arm-on-wall': {
      description:
        'Position debout bien droite à côté d’un mur, le bras gauche levé, le coude fléchi à angle droit à hauteur d’épaule, l’avant-bras et la paume à plat contre le mur ; l’autre bras pend.',
      arrows: [],
    },
    'wall-pec-stretch/left-turned-away': {
      description:
        'Position debout à côté d’un mur, l’avant-bras et la paume gauches à plat contre celui-ci, le coude fléchi à angle droit à hauteur d’épaule, le corps tourné vers la droite, à l’opposé du mur.',
      arrows: ['le corps tourne vers la droite, en s’éloignant du mur'],
    },
    'cat-pose/all-fours': {
      description: 'À quatre pattes, les mains sous les épaules, les genoux sous les hanches, le dos plat.',
    },
    'cat-pose/back-rounded': {
      description:
        'À quatre pattes, le dos arrondi vers le plafond, le ventre rentré et le menton ramené vers la poitrine.',
      arrows: ['le dos s’arrondit vers le plafond'],
    },
    'childs-pose-reach/kneeling-upright': {
      description:
        'À genoux, le buste droit, les hanches au-dessus des genoux, les tibias et le dessus des pieds au sol, les bras le long du corps.',
    },
    'childs-pose-reach/sitting-on-heels': {
      description: 'À genoux, les fesses posées sur les talons, le buste droit, les mains sur les cuisses.',
    },
    'childs-pose-reach/folded-arms-forward': {
      description:
        'Posture de l’enfant : les fesses sur les talons, la poitrine repliée sur les cuisses, les bras tendus devant soi au sol, le front sur le tapis.',
    },
    'childs-pose-reach/hands-to-right': {
      description:
        'Posture de l’enfant vue de dessus : le bassin sur les talons, les bras tendus au-dessus de la tête et déplacés vers la droite, le corps incurvé de sorte que le côté gauche s’étire.',
      arrows: ['les mains se déplacent vers la droite et étirent le côté gauche'],
    },
    'childs-pose-reach/hands-to-left': {
      description:
        'Posture de l’enfant vue de dessus : le bassin sur les talons, les bras tendus au-dessus de la tête et déplacés vers la gauche, le corps incurvé de sorte que le côté droit s’étire.',
      arrows: ['les mains se déplacent vers la gauche et étirent le côté droit'],
    },
    'scapular-push-up/high-plank': {
      description:
        'Planche haute : les bras tendus, les poignets sous les épaules, le corps en une seule ligne droite, le ventre ferme.',
    },
    'scapular-push-up/blades-squeezed': {
      description:
        'Planche haute bras tendus, la poitrine descendue vers le sol et les omoplates serrées l’une contre l’autre.',
      arrows: ['la poitrine descend tandis que les omoplates se rapprochent'],
    },
    'scapular-push-up/upper-back-raised': {
      description:
        'Planche haute bras tendus, le haut du dos poussé vers le plafond et les omoplates écartées.',
      arrows: ['le haut du dos monte tandis que les omoplates s’écartent'],
    },
    'glute-bridge/lying-knees-bent': {
      description:
        'Sur le dos, les genoux fléchis, les pieds à plat au sol écartés de la largeur des hanches, les bras relâchés le long du corps.',
    },
    'glute-bridge/hips-raised': {
      description:
        'Pont fessier : les épaules et les pieds au sol, le bassin soulevé de sorte que genoux, hanches et poitrine forment une seule ligne droite oblique.',
      arrows: ['le bassin monte vers le plafond'],
    },
    'bird-dog/all-fours': {
      description: 'À quatre pattes, les mains sous les épaules, les genoux sous les hanches, le dos plat.',
    },
    'bird-dog/left-arm-right-leg': {
      description:
        'À quatre pattes, le bras gauche tendu droit devant à hauteur d’oreille et la jambe droite tendue vers l’arrière, le dos plat.',
      arrows: ['le bras gauche s’allonge vers l’avant', 'la jambe droite pousse vers l’arrière'],
    },
    'bird-dog/right-arm-left-leg': {
      description:
        'À quatre pattes, le bras droit tendu droit devant à hauteur d’oreille et la jambe gauche tendue vers l’arrière, le dos plat.',
      arrows: ['le bras droit s’allonge vers l’avant', 'la jambe gauche pousse vers l’arrière'],
    },
    'plank/face-down': {
      description:
        'À plat ventre, les paumes à plat sur le sol à côté des épaules, les coudes pliés vers le haut, les orteils repliés en appui sur le sol.',
    },
    'plank/high-plank': {
      description:
        'Planche haute : les bras tendus, les mains sous les épaules, le corps en une seule ligne droite des talons à la tête, le regard vers le sol.',
    },
  },
  safetyAdvice:
    'Si votre douleur est forte ou vous empêche de mener vos activités quotidiennes, consultez un médecin ou un autre professionnel de santé avant de vous fier à ces exercices. Arrêtez tout exercice qui fait mal.',
} satisfies ContentText;
