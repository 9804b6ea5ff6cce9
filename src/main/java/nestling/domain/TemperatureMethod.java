package nestling.domain;

/** Where a temperature was taken. */
public enum TemperatureMethod {
    RECTAL, ARMPIT, EAR, FOREHEAD, ORAL
}
