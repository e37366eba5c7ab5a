package org.taiwa.directory;

/** What a municipality took part in during the carbon-offset research of 2009–2011. */
public enum Participation {
    /** The research committee of 2009–2011 (自治体委員会). */
    COMMITTEE_2009_2011,
    /** The implementation-model study of 2011 (取組モデル). */
    MODEL_STUDY_2011,
    /** The joint purchase of Kamaishi J-VER credits in 2011. */
    JOINT_PURCHASE_2011
}
