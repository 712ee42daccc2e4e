import PlotYAML
