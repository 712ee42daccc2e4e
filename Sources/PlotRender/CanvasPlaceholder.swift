import PlotScene
