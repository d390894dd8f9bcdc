package steps

// LoadTopics reads help topics as the guide does, for the tests of a
// topics file on its own.
var LoadTopics = loader.Topics
