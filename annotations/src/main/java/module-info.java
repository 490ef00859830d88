/** The Redweave annotations and their enums: the one package applications compile against alone. */
module io.redweave.annotations {
    exports io.redweave.annotations;
}
